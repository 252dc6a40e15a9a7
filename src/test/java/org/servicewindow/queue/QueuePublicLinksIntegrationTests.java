package org.servicewindow.queue;

import static org.servicewindow.TestSupport.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.TestSupport;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A kiosk sits on the hall's own network, but the citizen scans its QR code on a phone: every link the queue
 * hands out (status page, evaluation) uses the configured public address, not the address the device used.
 */
@SpringBootTest(properties = {"sw.notification.poll-enabled=false", "sw.public-url=https://zwfw.baoji.example/"})
@AutoConfigureMockMvc
@Import(TestSupport.class)
class QueuePublicLinksIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;

  @Test
  void ticketLinksLeadToThePublicAddressWhateverAddressTheDeviceUsed() throws Exception {
    QueueFixture fixture = new QueueFixture(context);
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String issued = mvc.perform(post("http://192.168.10.20:8080/api/v1/halls/{h}/tickets", hall.hall())
            .header("Authorization", bearer(fixture.kioskToken(hall.hall())))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"serviceCode\":\"" + hall.services().get(0) + "\",\"channel\":\"KIOSK\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", Matchers.startsWith("https://zwfw.baoji.example/q/")))
        .andExpect(jsonPath("$.statusUrl").value(Matchers.startsWith("https://zwfw.baoji.example/q/")))
        .andReturn().getResponse().getContentAsString();
    String id = json.readTree(issued).get("id").asString();

    String staff = bearer(fixture.token(hall.staff(1)));
    mvc.perform(post("http://192.168.10.20:8080/api/v1/windows/{w}/call-next", hall.window(1))
        .header("Authorization", staff)).andExpect(status().isOk());
    mvc.perform(post("http://192.168.10.20:8080/api/v1/tickets/{id}/complete", id).header("Authorization", staff))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.evaluationUrl").value(Matchers.startsWith("https://zwfw.baoji.example/e/")));
  }
}

package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestClock;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The in-app alert of each new 差评: the ledger page of the hall's manager shows it (asking every half
 * minute) until it is verified or a day old; other halls' managers and staff members get no alert.
 */
@IntegrationTest
class FeedbackAlertIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestAccounts accounts;
  @Autowired OrganizationApi organization;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theHallManagerIsAlertedOfEachNewNegativeRatingOfTheirHall() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String unit = organization.window(hall.window(1)).orElseThrow().unitCode();
    Actor manager = accounts.createUser("hm" + hall.hall().toLowerCase(), "Alert-Manager@2026",
        unit, hall.hall(), null, Role.HALL_MANAGER);
    String phone = "139" + String.format("%08d", Math.floorMod(hall.hall().hashCode(), 100_000_000));
    jdbc.sql("UPDATE app_user SET phone = :p, email = :e WHERE username = :u").param("p", phone)
        .param("e", manager.username() + "@example.gov.cn").param("u", manager.username()).update();
    String token = fixture.completedTicket(hall);
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":1,\"channel\":\"QR\"}")).andExpect(status().isCreated());
    String number = jdbc.sql("SELECT l.number FROM ledger_entry l JOIN evaluation e ON e.id = l.evaluation_id WHERE e.token = :t")
        .param("t", token).query(String.class).single();

    // …and by SMS and e-mail at once, through the outbox
    assertThat(jdbc.sql("SELECT channel FROM notification_outbox WHERE template = 'feedbackNegative' AND reference = :r"
            + " AND recipient IN (:p, :e) ORDER BY channel")
        .param("r", "ledger:" + number).param("p", phone).param("e", manager.username() + "@example.gov.cn")
        .query(String.class).list()).containsExactly("EMAIL", "SMS");
    mvc.perform(get("/feedback/ledger").with(as(manager)))
        .andExpect(content().string(containsString("/feedback/ledger/alerts")));
    mvc.perform(get("/feedback/ledger/alerts").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(number)))
        .andExpect(content().string(containsString("非常不满意")));
    for (Actor other : java.util.List.of(fixture.actor("hallmanager"), fixture.actor(hall.staff(1)))) {
      mvc.perform(get("/feedback/ledger/alerts").with(as(other)))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString(number))));
    }
    // a day later the alert is gone (the entry stays on the ledger)
    clock.advance(Duration.ofHours(25));
    mvc.perform(get("/feedback/ledger/alerts").with(as(manager)))
        .andExpect(content().string(not(containsString(number))));
  }
}

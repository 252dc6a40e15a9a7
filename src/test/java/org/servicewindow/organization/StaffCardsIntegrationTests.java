package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Desk card, badge and the public page their QR code leads to. */
@IntegrationTest
class StaffCardsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void theDeskCardAndBadgeShowWhoServesWithAQrCodeToTheirPublicPage() throws Exception {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("台签局");
    var hall = fixture.hall(unit);
    var window = fixture.window(hall, unit, 7);
    var member = fixture.staff(unit, hall, "冯" + fixture.run, window);

    for (String page : new String[] {"desk-card", "badge"}) {
      mvc.perform(get("/admin/staff/" + member.id() + "/" + page).with(as(fixture.sysadmin())))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString(member.name())))
          .andExpect(content().string(Matchers.containsString("工号 " + member.staffNumber())))
          .andExpect(content().string(Matchers.containsString("台签局")))
          .andExpect(content().string(Matchers.containsString("7号窗口")))
          .andExpect(content().string(Matchers.containsString("/public/staff/" + member.staffNumber() + "/qr.png")))
          .andExpect(content().string(Matchers.containsString("organization-print.css")));
    }

    byte[] png = mvc.perform(get("/public/staff/" + member.staffNumber() + "/qr.png"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_PNG))
        .andReturn().getResponse().getContentAsByteArray();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    String target = new MultiFormatReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
    assertThat(target).endsWith("/public/staff/" + member.staffNumber());
  }

  @Test
  void thePublicPageShowsWhoServedAndHowToRateOrComplainWithoutPrivateData() throws Exception {
    var fixture = new OrganizationFixture(context);
    var unit = fixture.unit("公开局");
    var hall = fixture.hall(unit);
    var member = fixture.staff(unit, hall, "褚" + fixture.run, fixture.window(hall, unit, 2));

    mvc.perform(get("/public/staff/" + member.staffNumber()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(member.name())))
        .andExpect(content().string(Matchers.containsString("公开局")))
        .andExpect(content().string(Matchers.containsString("2号窗口")))
        .andExpect(content().string(Matchers.containsString("0917-3261111")))
        .andExpect(content().string(Matchers.containsString("tel:12345")))
        .andExpect(content().string(Matchers.containsString("今日在岗")));
    mvc.perform(get("/public/staff").param("number", member.staffNumber().toLowerCase()))
        .andExpect(redirectedUrl("/public/staff/" + member.staffNumber()));
    mvc.perform(get("/public/staff").param("number", "NOBODY"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("未找到工号为“NOBODY”的在职工作人员")));
    mvc.perform(get("/public/staff/NOBODY")).andExpect(status().isNotFound());
  }

  @Test
  void theDemoStaffOfWindowOneHasAPrintableCard() throws Exception {
    var fixture = new OrganizationFixture(context);
    var staff01 = context.getBean(OrganizationApi.class).staffOfUser("staff01").orElseThrow();

    mvc.perform(get("/admin/staff/" + staff01.id() + "/desk-card").with(as(fixture.sysadmin())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("宝鸡市政务服务中心")))
        .andExpect(content().string(Matchers.containsString("1号窗口")));
    mvc.perform(get("/public/staff/" + staff01.staffNumber() + "/photo"))
        .andExpect(content().contentType(MediaType.IMAGE_PNG));
  }
}

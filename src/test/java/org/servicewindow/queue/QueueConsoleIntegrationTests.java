package org.servicewindow.queue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The caller console as staff use it: htmx presses with CSRF, each redrawing the console. */
@IntegrationTest
class QueueConsoleIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired QueueManagement queue;

  QueueFixture fixture;
  HallSetup hall;
  Actor staff;
  Actor kiosk;

  @BeforeEach
  void hall() {
    fixture = new QueueFixture(context);
    hall = fixture.hall(2, "社保业务", "医保业务");
    staff = fixture.actor(hall.staff(1));
    kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(Role.DEVICE_KIOSK), null, hall.hall(), null);
  }

  @Test
  void staffCallRecallStartAndCompleteFromTheConsole() throws Exception {
    TicketView ticket = issue(0);
    press("/console/call-next").andExpect(status().isOk())
        .andExpect(content().string(containsString("已叫号 A001")))
        .andExpect(content().string(containsString("console-number")));
    press("/console/tickets/" + ticket.id() + "/recall").andExpect(content().string(containsString("已重呼 A001")));
    press("/console/tickets/" + ticket.id() + "/start").andExpect(content().string(containsString("A001 开始办理")));
    press("/console/tickets/" + ticket.id() + "/complete")
        .andExpect(content().string(containsString("A001 已办结")))
        .andExpect(content().string(containsString("/e/" + queue.ticket(ticket.id()).evaluationToken())))
        .andExpect(content().string(containsString("data:image/png;base64,")));
    press("/console/call-next").andExpect(content().string(containsString("当前没有等候的群众")));
    mvc.perform(get("/console").with(as(staff))).andExpect(status().isOk())
        .andExpect(content().string(containsString("我的今日办理")));
  }

  @Test
  void aPressWithoutTheCsrfTokenIsRefusedAndAPlainFormPostRedirects() throws Exception {
    issue(0);
    mvc.perform(post("/console/call-next").with(as(staff)).header("HX-Request", "true")).andExpect(status().isForbidden());
    mvc.perform(post("/console/call-next").with(as(staff)).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/console"))
        .andExpect(flash().attributeExists("flash"));
  }

  @Test
  void transferNoShowRequeueAndPauseWorkFromTheConsole() throws Exception {
    TicketView first = issue(0);
    press("/console/call-next");
    mvc.perform(post("/console/tickets/{id}/transfer", first.id()).with(as(staff)).with(csrf()).header("HX-Request", "true")
            .param("serviceCode", hall.services().get(1)).param("note", "需办医保"))
        .andExpect(content().string(containsString("A001 已转至“医保业务”")));
    TicketView second = issue(0);
    // the transferred citizen keeps their place in time, so they come first at this window too
    press("/console/call-next").andExpect(content().string(containsString("已叫号 A001")));
    TicketView moved = context.getBean(WindowDesk.class).of(staff).current();
    org.assertj.core.api.Assertions.assertThat(moved.serviceCode()).isEqualTo(hall.services().get(1));
    org.assertj.core.api.Assertions.assertThat(queue.ticket(first.id()).status()).isEqualTo(TicketStatus.TRANSFERRED);
    press("/console/tickets/" + moved.id() + "/complete");
    press("/console/call-next").andExpect(content().string(containsString("已叫号 A002")));
    press("/console/tickets/" + second.id() + "/no-show").andExpect(content().string(containsString("已记为过号")))
        .andExpect(content().string(containsString("重新排队")));
    press("/console/tickets/" + second.id() + "/requeue").andExpect(content().string(containsString("已重新排队")));
    org.assertj.core.api.Assertions.assertThat(queue.ticket(second.id()).status()).isEqualTo(TicketStatus.WAITING);

    mvc.perform(post("/console/pause").with(as(staff)).with(csrf()).header("HX-Request", "true").param("reason", "午间休息"))
        .andExpect(content().string(containsString("窗口已暂停服务")))
        .andExpect(content().string(containsString("午间休息")));
    press("/console/call-next").andExpect(content().string(containsString("正在暂停服务")));
    press("/console/resume").andExpect(content().string(containsString("窗口已恢复服务")));
    press("/console/call-next").andExpect(content().string(not(containsString("正在暂停服务"))));
  }

  @Test
  void theConsoleIsForStaffSignedInToAWindow() throws Exception {
    mvc.perform(get("/console").with(as(fixture.actor("hallmanager")))).andExpect(status().isForbidden());
    mvc.perform(get("/console")).andExpect(status().isFound());
    mvc.perform(get("/console").with(as(staff))).andExpect(status().isOk())
        .andExpect(content().string(containsString(hall.window(1))));
  }

  @Test
  void theHistoryHandsOutServedTicketsWithTheirWindowAndStaffButNotTheUnserved() throws Exception {
    TicketView served = issue(0);
    TicketView noShow = issue(0);
    press("/console/call-next");
    press("/console/tickets/" + served.id() + "/complete");
    press("/console/call-next");
    press("/console/tickets/" + noShow.id() + "/no-show");

    java.util.List<QueueHistory.ServedTicket> rows = new java.util.ArrayList<>();
    LocalDate day = LocalDate.ofInstant(served.issuedAt(), org.servicewindow.common.ChinaTime.ZONE);
    context.getBean(QueueHistory.class).served(hall.hall(), day, day, rows::add);
    org.assertj.core.api.Assertions.assertThat(rows).singleElement().satisfies(row -> {
      org.assertj.core.api.Assertions.assertThat(row.ticketId()).isEqualTo(served.id());
      org.assertj.core.api.Assertions.assertThat(row.windowCode()).isEqualTo(hall.window(1));
      org.assertj.core.api.Assertions.assertThat(row.staffUsername()).isEqualTo(hall.staff(1));
      org.assertj.core.api.Assertions.assertThat(row.finishedAt()).isAfterOrEqualTo(row.calledAt());
      org.assertj.core.api.Assertions.assertThat(row.evaluationToken()).isNotBlank();
    });
    java.util.List<QueueHistory.ServedTicket> dayBefore = new java.util.ArrayList<>();
    context.getBean(QueueHistory.class).served(hall.hall(), day.minusDays(1), day.minusDays(1), dayBefore::add);
    org.assertj.core.api.Assertions.assertThat(dayBefore).isEmpty();
  }

  private TicketView issue(int service) {
    return queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(service), IssueChannel.KIOSK,
        Priority.NORMAL, null, null), kiosk);
  }

  private ResultActions press(String path) throws Exception {
    return mvc.perform(post(path).with(as(staff)).with(csrf()).header("HX-Request", "true"));
  }
}

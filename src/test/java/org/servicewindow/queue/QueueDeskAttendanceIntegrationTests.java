package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.servicewindow.TestSupport.as;
import static org.servicewindow.TestSupport.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Desk attendance (上岗/离岗) through the API, the console and the module's read API, with the clock moved: sign-in,
 * sign-out, the caller pad acting for the rostered staff, calling the next ticket signing in, the idle rule, moving
 * to another window, and the unmanned (空岗) stretches that follow.
 */
@IntegrationTest
class QueueDeskAttendanceIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired DeskAttendance attendance;
  @Autowired QueueManagement queue;
  @Autowired OrganizationApi organization;
  @Autowired TestClock clock;

  /** The test clock runs on in real time after it is moved: instants are compared to within a few seconds. */
  static final org.assertj.core.data.TemporalUnitOffset SECONDS = within(10, java.time.temporal.ChronoUnit.SECONDS);

  QueueFixture fixture;
  HallSetup hall;
  Instant nine;

  @BeforeEach
  void hall() {
    fixture = new QueueFixture(context);
    hall = fixture.hall(2, "社保业务");
    // hours of activity follow: start at 09:00 China time of a coming day, so no test crosses midnight
    nine = ChinaTime.today(clock).plusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nine));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void staffSignInAndOutThroughTheApiAndOthersAreRefused() throws Exception {
    String token = fixture.token(hall.staff(1));
    mvc.perform(post("/api/v1/windows/{w}/sign-in", hall.window(1)).header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.windowCode").value(hall.window(1)))
        .andExpect(jsonPath("$.staffUsername").value(hall.staff(1)));
    assertThat(attendance.current(hall.window(1))).get().extracting(DeskAttendance.Session::staffUsername)
        .isEqualTo(hall.staff(1));
    // signing in twice keeps the one session
    mvc.perform(post("/api/v1/windows/{w}/sign-in", hall.window(1)).header("Authorization", bearer(token)))
        .andExpect(status().isOk());
    assertThat(attendance.signedIn(hall.hall())).hasSize(1);

    // the staff member of window 2 may not sign in or out at window 1
    String other = fixture.token(hall.staff(2));
    mvc.perform(post("/api/v1/windows/{w}/sign-in", hall.window(1)).header("Authorization", bearer(other)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/windows/{w}/sign-out", hall.window(1)).header("Authorization", bearer(other)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/windows/{w}/sign-in", hall.window(1))).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/windows/{w}/sign-in", "NO-SUCH-WINDOW").header("Authorization", bearer(token)))
        .andExpect(status().isNotFound());

    clock.advance(Duration.ofMinutes(20));
    mvc.perform(post("/api/v1/windows/{w}/sign-out", hall.window(1)).header("Authorization", bearer(token)))
        .andExpect(status().isNoContent());
    assertThat(attendance.current(hall.window(1))).isEmpty();
    List<DeskAttendance.Interval> intervals = attendance.signedInIntervals(hall.hall(), hall.window(1), nine,
        nine.plus(Duration.ofHours(2)));
    assertThat(intervals).singleElement().satisfies(i -> {
      assertThat(i.from()).isCloseTo(nine, SECONDS);
      assertThat(i.minutes()).isEqualTo(20);
    });
  }

  @Test
  void theCallerPadSignsInTheWindowsRosteredStaffMember() throws Exception {
    String caller = fixture.callerToken(hall.hall(), hall.window(2));
    mvc.perform(post("/api/v1/windows/{w}/sign-in", hall.window(2)).header("Authorization", bearer(caller)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.staffUsername").value(hall.staff(2)));
    mvc.perform(post("/api/v1/windows/{w}/sign-in", hall.window(1)).header("Authorization", bearer(caller)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/windows/{w}/sign-out", hall.window(2)).header("Authorization", bearer(caller)))
        .andExpect(status().isNoContent());
    assertThat(attendance.current(hall.window(2))).isEmpty();
  }

  @Test
  void callingTheNextTicketSignsInAndPressesKeepTheSessionUntilItIdles() throws Exception {
    var staff = fixture.actor(hall.staff(1));
    queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK,
        Priority.NORMAL, null, null), staff);
    assertThat(attendance.current(hall.window(1))).isEmpty();
    TicketView called = queue.callNext(hall.window(1), staff).orElseThrow();
    assertThat(attendance.current(hall.window(1)).orElseThrow().signedInAt()).isCloseTo(nine, SECONDS);

    clock.advance(Duration.ofMinutes(25));
    queue.complete(called.id(), staff); // activity at 09:25
    clock.advance(Duration.ofMinutes(29));
    assertThat(attendance.current(hall.window(1))).isPresent();
    clock.advance(Duration.ofMinutes(1)); // 09:55: 30 minutes without a press
    assertThat(attendance.current(hall.window(1))).isEmpty();
    assertThat(attendance.signedInIntervals(hall.hall(), hall.window(1), nine, clock.instant()))
        .singleElement().satisfies(i -> assertThat(i.to()).isCloseTo(nine.plus(Duration.ofMinutes(25)), SECONDS));

    // the next press starts a new session; the idle one is closed at its last activity
    clock.advance(Duration.ofMinutes(5));
    queue.callNext(hall.window(1), staff);
    clock.advance(Duration.ofMinutes(1));
    assertThat(attendance.signedInIntervals(hall.hall(), hall.window(1), nine, clock.instant()))
        .satisfiesExactly(
            i -> assertThat(i.from()).isCloseTo(nine, SECONDS),
            i -> assertThat(i.from()).isCloseTo(nine.plus(Duration.ofMinutes(60)), SECONDS));

    // 空岗: window 1 unmanned 09:25–10:00, window 2 all along (09:00–10:01; nobody ever signed in there) (nobody ever signed in there)
    List<DeskAttendance.Interval> gaps = attendance.unmanned(hall.hall(), nine, clock.instant(), Duration.ofMinutes(15));
    assertThat(gaps).extracting(DeskAttendance.Interval::windowCode, DeskAttendance.Interval::minutes)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(hall.window(1), 35L),
            org.assertj.core.groups.Tuple.tuple(hall.window(2), 61L));
    assertThat(attendance.unmanned(hall.hall(), nine, clock.instant(), Duration.ofMinutes(40)))
        .extracting(DeskAttendance.Interval::windowCode).containsExactly(hall.window(2));
  }

  @Test
  void aSignInEndsThePersonsSessionElsewhereAndAnotherPersonsSessionHere() {
    var w1 = organization.window(hall.window(1)).orElseThrow();
    var w2 = organization.window(hall.window(2)).orElseThrow();
    attendance.activity(w2, hall.staff(2), hall.staff(2), nine);
    attendance.activity(w1, hall.staff(1), hall.staff(1), nine);
    clock.advance(Duration.ofMinutes(10));
    // staff 1 stands in at window 2: their window-1 session ends (MOVED), staff 2's at window 2 too (REPLACED)
    attendance.activity(w2, hall.staff(1), "device:caller", clock.instant());
    assertThat(attendance.current(hall.window(1))).isEmpty();
    assertThat(attendance.signedIn(hall.hall())).singleElement().satisfies(s -> {
      assertThat(s.windowCode()).isEqualTo(hall.window(2));
      assertThat(s.staffUsername()).isEqualTo(hall.staff(1));
    });
    assertThat(attendance.signedInIntervals(hall.hall(), null, nine, clock.instant()))
        .extracting(DeskAttendance.Interval::windowCode, DeskAttendance.Interval::minutes)
        .contains(org.assertj.core.groups.Tuple.tuple(hall.window(1), 10L),
            org.assertj.core.groups.Tuple.tuple(hall.window(2), 10L));
  }

  @Test
  void theConsoleShowsTheSignInStateWithItsButton() throws Exception {
    var staff = fixture.actor(hall.staff(1));
    mvc.perform(post("/console/sign-in").with(as(staff)).with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已上岗，开始在本窗口服务。")))
        .andExpect(content().string(containsString("离岗")));
    mvc.perform(post("/console/sign-out").with(as(staff)).with(csrf()).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("未上岗")))
        .andExpect(content().string(containsString("/console/sign-in")));
    assertThat(attendance.current(hall.window(1))).isEmpty();
  }
}

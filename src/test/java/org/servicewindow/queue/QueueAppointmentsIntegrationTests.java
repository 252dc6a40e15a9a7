package org.servicewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.servicewindow.TestSupport.bearer;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.queue.internal.AppointmentBook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Appointments: booking within capacity, check-in ahead of walk-ins, late arrivals, no-shows. */
@IntegrationTest
class QueueAppointmentsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired QueueManagement queue;
  @Autowired Appointments appointments;
  @Autowired AppointmentBook book;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  QueueFixture fixture;
  HallSetup hall;
  Actor kiosk;

  @BeforeEach
  void hall() {
    fixture = new QueueFixture(context);
    hall = fixture.hall(1, "不动产登记");
    kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(Role.DEVICE_KIOSK), null, hall.hall(), null);
    // slots run for hours from now: start at 09:00 China time of a coming day, so no test crosses midnight
    Instant nineTomorrow = ChinaTime.today(clock).plusDays(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
    clock.advance(Duration.between(clock.instant(), nineTomorrow));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void citizensBookWithinTheCapacityAndGetTheirCodeBySms() throws Exception {
    UUID slot = slot(Duration.ofHours(2), 2);
    String phone1 = phone();
    String location = book(slot, "王建国", phone1).andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("/appointments/*")).andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(location)).andExpect(status().isOk()).andExpect(content().string(containsString("预约凭证")))
        .andExpect(content().string(containsString("data:image/png;base64,")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE recipient = :p AND channel = 'SMS'")
        .param("p", phone1).query(Long.class).single()).isEqualTo(1);
    book(slot, "李秀兰", phone()).andExpect(status().isFound());
    book(slot, "张志明", phone()).andExpect(status().isOk())
        .andExpect(content().string(containsString("该时段已约满")));
    assertThat(book.slot(slot).orElseThrow().booked()).isEqualTo(2);
    book(slot(Duration.ofHours(3), 5), "王建国", phone1).andExpect(content().string(containsString("同一业务每天只能预约一次")));
    book(slot, "", "123").andExpect(status().isOk()).andExpect(content().string(containsString("手机号须为 11 位")));
  }

  @Test
  void aCheckedInAppointmentGoesAheadOfWalkInsWithinItsSlot() throws Exception {
    UUID slot = slot(Duration.ofMinutes(30), 3);
    AppointmentBook.Entry booked = bookDirectly(slot);
    clock.advance(Duration.ofMinutes(35));
    TicketView walkIn = issue();
    checkIn(booked.code()).andExpect(status().isCreated())
        .andExpect(jsonPath("$.priority").value("APPOINTMENT"))
        .andExpect(jsonPath("$.number").value("A002"))
        .andExpect(jsonPath("$.statusUrl", startsWith("http")));
    TicketView first = queue.callNext(hall.window(1), fixture.actor(hall.staff(1))).orElseThrow();
    assertThat(first.priority()).isEqualTo(Priority.APPOINTMENT);
    assertThat(book.find(booked.id()).orElseThrow().status()).isEqualTo(AppointmentBook.Status.CHECKED_IN);
    assertThat(walkIn.status()).isEqualTo(TicketStatus.WAITING);
    checkIn(booked.code()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("该预约已签到，号码为 A002。"));
  }

  @Test
  void aLateArrivalQueuesLikeAWalkIn() throws Exception {
    UUID slot = slot(Duration.ofMinutes(30), 3);
    AppointmentBook.Entry booked = bookDirectly(slot);
    clock.advance(Duration.ofMinutes(70));
    TicketView walkIn = issue();
    checkIn(booked.phone()).andExpect(status().isCreated()).andExpect(jsonPath("$.priority").value("NORMAL"));
    TicketView first = queue.callNext(hall.window(1), fixture.actor(hall.staff(1))).orElseThrow();
    assertThat(first.id()).isEqualTo(walkIn.id());
    assertThat(book.find(booked.id()).orElseThrow().late()).isTrue();
  }

  @Test
  void bookingsNobodyCheckedInForBecomeNoShowsAfterTheSlot() throws Exception {
    UUID slot = slot(Duration.ofMinutes(20), 3);
    AppointmentBook.Entry booked = bookDirectly(slot);
    clock.advance(Duration.ofMinutes(115));
    assertThat(appointments.markNoShows()).isGreaterThanOrEqualTo(1);
    assertThat(book.find(booked.id()).orElseThrow().status()).isEqualTo(AppointmentBook.Status.NO_SHOW);
    assertThat(appointments.markNoShows()).isZero();
    checkIn(booked.code()).andExpect(status().isConflict());
  }

  @Test
  void onlyTheHallsKioskOrStaffCheckIn() throws Exception {
    UUID slot = slot(Duration.ofMinutes(10), 3);
    AppointmentBook.Entry booked = bookDirectly(slot);
    HallSetup other = fixture.hall(1, "综合受理");
    mvc.perform(post("/api/v1/halls/{h}/appointments/check-in", hall.hall())
            .header("Authorization", bearer(fixture.kioskToken(other.hall())))
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + booked.code() + "\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/halls/{h}/appointments/check-in", hall.hall())
            .header("Authorization", bearer(fixture.kioskToken(hall.hall())))
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"12\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/halls/{h}/appointments/check-in", hall.hall())
            .header("Authorization", bearer(fixture.kioskToken(hall.hall())))
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"000000\"}"))
        .andExpect(status().isNotFound());
  }

  private UUID slot(Duration startsIn, int capacity) {
    Instant start = clock.instant().plus(startsIn).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    UUID id = UUID.randomUUID();
    book.addSlot(new AppointmentBook.Slot(id, hall.hall(), hall.services().get(0),
        start.atZone(ChinaTime.ZONE).toLocalDate(), start, start.plus(Duration.ofMinutes(90)), capacity, 0));
    return id;
  }

  private AppointmentBook.Entry bookDirectly(UUID slot) {
    var booking = appointments.book(slot, "测试预约人", phone());
    return book.find(booking.id()).orElseThrow();
  }

  private TicketView issue() {
    return queue.issue(new QueueManagement.IssueRequest(hall.hall(), hall.services().get(0), IssueChannel.KIOSK,
        Priority.NORMAL, null, null), kiosk);
  }

  private ResultActions book(UUID slot, String name, String phone) throws Exception {
    return mvc.perform(post("/appointments/slots/{s}", slot).with(csrf()).with(fromNewAddress())
        .param("name", name).param("phone", phone).param("hall", hall.hall()).param("service", hall.services().get(0)));
  }

  private ResultActions checkIn(String code) throws Exception {
    return mvc.perform(post("/api/v1/halls/{h}/appointments/check-in", hall.hall())
        .header("Authorization", bearer(fixture.kioskToken(hall.hall())))
        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
  }

  private static String phone() {
    return "139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
  }
}

package org.servicewindow.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.StaffSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds staff (WeChat template message to their login, through the notification outbox) of sessions
 * starting within a day, and — once a month — when their credited hours lag behind the plan's pace (the
 * required hours spread evenly over the year). Every reminder is first claimed as a row keyed by kind,
 * subject and person; only the node whose insert succeeds sends it, so running on every node sends once.
 */
@Component
public class TrainingReminders {

  static final Duration AHEAD = Duration.ofHours(24);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcClient jdbc;
  private final Notifications notifications;
  private final Participants participants;
  private final PlanAdministration plans;
  private final Clock clock;
  private final boolean enabled;

  TrainingReminders(JdbcClient jdbc, Notifications notifications, Participants participants, PlanAdministration plans,
      Clock clock, @Value("${sw.training.reminders.enabled:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.participants = participants;
    this.plans = plans;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelayString = "${sw.training.reminders.interval:PT15M}", initialDelayString = "PT90S")
  void run() {
    if (enabled) {
      remindUpcomingSessions();
      remindStaffBehindHours();
    }
  }

  /** Reminds each staff member of their unit's sessions starting within the next 24 hours; returns how many were sent. */
  @Transactional
  public int remindUpcomingSessions() {
    Instant now = clock.instant();
    List<TrainingSession> upcoming = jdbc.sql("SELECT " + TrainingRows.SESSION_COLUMNS
            + " FROM training_session s WHERE s.starts_at > :now AND s.starts_at <= :until ORDER BY s.starts_at")
        .param("now", SqlTime.param(now)).param("until", SqlTime.param(now.plus(AHEAD)))
        .query(TrainingRows::session).list();
    int sent = 0;
    for (TrainingSession s : upcoming) {
      for (StaffSummary staff : participants.ofUnit(s.unitCode())) {
        if (staff.username() != null && claim("SESSION", s.id().toString(), staff.id(), now)) {
          notifications.send(Notification.of(Channel.WECHAT, staff.username(), "training.sessionReminder",
              "trainingSession:" + s.id(), staff.name(), s.title(),
              TIME.format(s.startsAt().atZone(ChinaTime.ZONE)), s.online() ? "线上" : s.place()));
          sent++;
        }
      }
    }
    return sent;
  }

  /**
   * Once a month, reminds staff whose credited hours this year are below the pace of their unit's plan
   * (required hours × share of the year passed); returns how many were sent.
   */
  @Transactional
  public int remindStaffBehindHours() {
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    int year = today.getYear();
    String month = today.toString().substring(0, 7);
    BigDecimal share = BigDecimal.valueOf(today.getDayOfYear())
        .divide(BigDecimal.valueOf(today.lengthOfYear()), 4, RoundingMode.HALF_UP);
    List<Plan> current = jdbc.sql("SELECT * FROM training_plan WHERE plan_year = :year AND required_hours > 0")
        .param("year", year).query(TrainingRows::plan).list();
    int sent = 0;
    for (Plan plan : current) {
      BigDecimal expected = BigDecimal.valueOf(plan.requiredHours()).multiply(share).setScale(1, RoundingMode.DOWN);
      Map<UUID, Integer> minutes = plans.creditedMinutesByStaff(plan.unitCode(), year);
      for (StaffSummary staff : participants.ofUnit(plan.unitCode())) {
        BigDecimal hours = PlanAdministration.hours(minutes.getOrDefault(staff.id(), 0));
        if (staff.username() != null && hours.compareTo(expected) < 0
            && claim("HOURS", plan.id() + ":" + month, staff.id(), now)) {
          notifications.send(Notification.of(Channel.WECHAT, staff.username(), "training.hoursReminder",
              "trainingPlan:" + plan.id(), staff.name(), year, hours, expected, plan.requiredHours()));
          sent++;
        }
      }
    }
    return sent;
  }

  private boolean claim(String kind, String subject, UUID staffId, Instant now) {
    return jdbc.sql("""
            INSERT INTO training_reminder (kind, subject, staff_id, sent_at) VALUES (:kind, :subject, :staff, :at)
            ON CONFLICT DO NOTHING
            """)
        .param("kind", kind).param("subject", subject).param("staff", staffId).param("at", SqlTime.param(now))
        .update() == 1;
  }
}

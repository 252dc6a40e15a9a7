package org.servicewindow.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.internal.QueueSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The queue's background jobs: a called citizen who does not come within the hall's call timeout becomes
 * a no-show; tickets left open when a day ended are closed (the daily reset — numbering restarts by
 * itself, since numbers count per day); appointments nobody checked in for become no-shows after their
 * slot. Every step re-reads and locks its row and changes it only if it is still due, so running on every
 * node at once is safe.
 */
@Component
class QueueHousekeeping {

  private static final Logger log = LoggerFactory.getLogger(QueueHousekeeping.class);

  private final QueueManagement queue;
  private final Appointments appointments;
  private final QueueSettings settings;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final boolean enabled;

  QueueHousekeeping(QueueManagement queue, Appointments appointments, QueueSettings settings,
      OrganizationApi organization, JdbcClient jdbc, AuditTrail audit, Clock clock,
      @Value("${sw.queue.housekeeping.enabled:true}") boolean enabled) {
    this.enabled = enabled;
    this.queue = queue;
    this.appointments = appointments;
    this.settings = settings;
    this.organization = organization;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${sw.queue.housekeeping-interval:PT30S}", initialDelayString = "PT20S")
  void run() {
    if (!enabled) {
      return;
    }
    try {
      expireCalls();
      appointments.markNoShows();
    } catch (RuntimeException e) {
      log.warn("Queue housekeeping failed; will try again", e);
    }
  }

  /** Shortly after midnight China time, and when a node starts (it may have been down at midnight). */
  @Scheduled(cron = "0 2 0 * * *", zone = "Asia/Shanghai")
  @EventListener(ApplicationReadyEvent.class)
  void daily() {
    if (!enabled) {
      return;
    }
    try {
      closePastDays();
    } catch (RuntimeException e) {
      log.warn("Closing the queue's past days failed; will try again", e);
    }
  }

  /** Turns tickets called longer ago than their hall's timeout into no-shows; returns how many. */
  int expireCalls() {
    LocalDate today = ChinaTime.today(clock);
    int expired = 0;
    for (HallSummary hall : organization.halls()) {
      int timeout = settings.of(hall.code()).callTimeoutMinutes();
      List<UUID> due = jdbc.sql("""
              SELECT id FROM ticket
               WHERE hall_code = :hall AND service_day = :day AND status = 'CALLED' AND called_at < :before
              """)
          .param("hall", hall.code()).param("day", today)
          .param("before", org.servicewindow.common.SqlTime.param(clock.instant().minusSeconds(timeout * 60L)))
          .query(UUID.class).list();
      for (UUID id : due) {
        if (queue.expireCall(id, timeout)) {
          audit.record("ticket.noShowTimeout", "ticket", id, java.util.Map.of("status", "CALLED"),
              java.util.Map.of("status", "NO_SHOW", "timeoutMinutes", timeout));
          expired++;
        }
      }
    }
    return expired;
  }

  /** Closes every ticket still open from a past day; returns how many. */
  int closePastDays() {
    LocalDate today = ChinaTime.today(clock);
    int closed = 0;
    while (true) {
      List<UUID> open = jdbc.sql("""
              SELECT id FROM ticket WHERE service_day < :day AND status IN ('WAITING', 'CALLED', 'SERVING') LIMIT 500
              """)
          .param("day", today).query(UUID.class).list();
      int round = 0;
      for (UUID id : open) {
        if (queue.closeAfterDay(id)) {
          round++;
        }
      }
      closed += round;
      if (open.size() < 500 || round == 0) {
        break;
      }
    }
    if (closed > 0) {
      audit.record("queue.dayClosed", "queue", today.minusDays(1), null, java.util.Map.of("ticketsClosed", closed));
      log.info("Closed {} tickets left open from past days", closed);
    }
    return closed;
  }
}

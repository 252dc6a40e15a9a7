package org.servicewindow.casework;

import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.servicewindow.calendar.HolidayArrangementPublished;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.casework.internal.ApplicationSearch;
import org.servicewindow.casework.internal.Applications;
import org.servicewindow.casework.internal.CaseworkProperties;
import org.servicewindow.casework.internal.Deadlines;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Ids;
import org.servicewindow.common.SqlTime;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.UnitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily supervision round (督办): the day-4 warning and day-6 automatic acceptance of the notice period
 * (第32条), yellow and red prompts to the handler, whoever stands in for them (A/B) and the unit's contact
 * leader, and {@link ApplicationOverdue} for assessment.
 *
 * <p>Runs once across nodes without a lock library: the round of a day starts only on the node whose
 * insert of the day's row into {@code casework_job_run} succeeds; and each prompt is a row unique per
 * application and level, so even two rounds at once would prompt once. (ShedLock would hold a lock for a
 * time span; this needs exactly-once per business day, which the table says directly.)
 */
@Component
public class CaseworkSupervision {

  private static final Logger log = LoggerFactory.getLogger(CaseworkSupervision.class);
  static final String JOB = "supervision";

  private final Casework casework;
  private final Applications applications;
  private final ApplicationSearch search;
  private final Deadlines deadlines;
  private final Warnings warnings;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final CaseworkProperties properties;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CaseworkSupervision(Casework casework, Applications applications, ApplicationSearch search, Deadlines deadlines,
      Warnings warnings, Notifications notifications, ApplicationEventPublisher events, CaseworkProperties properties,
      JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
    this.casework = casework;
    this.applications = applications;
    this.search = search;
    this.deadlines = deadlines;
    this.warnings = warnings;
    this.notifications = notifications;
    this.events = events;
    this.properties = properties;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Shortly after midnight China time, and when a node starts (it may have been down at midnight). */
  @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
  @EventListener(ApplicationReadyEvent.class)
  void daily() {
    if (!properties.supervisionEnabled()) {
      return;
    }
    try {
      runOnce(ChinaTime.today(clock));
    } catch (RuntimeException e) {
      log.warn("Casework supervision round failed; the next start or midnight tries again", e);
    }
  }

  /** Runs the day's round if no node has started it yet; returns whether this call ran it. */
  public boolean runOnce(LocalDate today) {
    Integer claimed = transactions.execute(tx -> jdbc.sql("""
            INSERT INTO casework_job_run (job, run_on, started_at, node) VALUES (:job, :day, :at, :node)
            ON CONFLICT DO NOTHING
            """)
        .param("job", JOB).param("day", today).param("at", SqlTime.param(clock.instant())).param("node", node())
        .update());
    if (claimed == null || claimed != 1) {
      return false;
    }
    Round round = supervise(today);
    log.info("Casework supervision {}: {} warned on day 4, {} accepted automatically, {} prompts", today,
        round.warned(), round.autoAccepted(), round.prompts());
    return true;
  }

  /** What a round did. */
  public record Round(int warned, int autoAccepted, int prompts) {}

  /** The round itself, idempotent: a second run the same day changes nothing. */
  public Round supervise(LocalDate today) {
    int warned = 0;
    int accepted = 0;
    int prompts = 0;
    for (UUID id : search.undecided()) {
      Application a = applications.find(id).orElseThrow();
      int day = deadlines.noticeDay(a.receivedOn(), today);
      if (day >= Deadlines.AUTO_ACCEPT_DAY) {
        accepted += Boolean.TRUE.equals(transactions.execute(tx -> casework.acceptAutomatically(id))) ? 1 : 0;
      } else if (day >= Deadlines.NOTICE_WARNING_DAY) {
        warned += Boolean.TRUE.equals(transactions.execute(tx -> casework.warnNoticeDay4(id))) ? 1 : 0;
      }
    }
    for (UUID id : search.dueBy(warnings.yellowLimit())) {
      prompts += Boolean.TRUE.equals(transactions.execute(tx -> prompt(id, today))) ? 1 : 0;
    }
    return new Round(warned, accepted, prompts);
  }

  private boolean prompt(UUID id, LocalDate today) {
    Application a = applications.lock(id).orElseThrow();
    Warnings.Level level = warnings.of(a);
    if (level == Warnings.Level.NONE) {
      return false;
    }
    var recipients = casework.staffToTell(a);
    var unit = casework.unit(a.unitCode());
    int inserted = jdbc.sql("""
            INSERT INTO supervision_prompt (id, application_id, level, raised_on, raised_at, unit_code, hall_code,
                                            window_code, due_date, recipients)
            VALUES (:id, :app, :level, :day, :at, :unit, :hall, :window, :due, :recipients)
            ON CONFLICT DO NOTHING
            """)
        .param("id", Ids.newId(clock)).param("app", id).param("level", level.name()).param("day", today)
        .param("at", SqlTime.param(clock.instant())).param("unit", a.unitCode()).param("hall", a.hallCode())
        .param("window", a.windowCode()).param("due", a.promisedDue())
        .param("recipients", String.join(",", recipients)
            + unit.map(UnitSummary::contactPerson).map(p -> "," + p).orElse(""))
        .update();
    if (inserted != 1) {
      return false;
    }
    int red = level == Warnings.Level.RED ? 1 : 0;
    casework.notifyStaff(a, "casework.prompt", a.number(), a.serviceName(), a.promisedDue(), red);
    unit.map(UnitSummary::contactPhone).filter(p -> p != null && !p.isBlank()).ifPresent(phone ->
        notifications.send(Notification.of(Channel.SMS, phone, "casework.prompt", "application:" + a.number(),
            a.number(), a.serviceName(), a.promisedDue(), red)));
    applicationsEvent(a, level);
    return true;
  }

  private void applicationsEvent(Application a, Warnings.Level level) {
    if (level == Warnings.Level.RED) {
      events.publishEvent(new ApplicationOverdue(a.id(), a.number(), a.serviceCode(), a.unitCode(), a.hallCode(),
          a.windowCode(), a.handlerUsername(), a.promisedDue()));
    }
  }

  /** A year's holiday arrangement was saved: provisional due dates are recomputed and handlers told of changes. */
  @ApplicationModuleListener
  void on(HolidayArrangementPublished event) {
    int moved = 0;
    for (UUID id : search.provisional()) {
      moved += casework.recomputeDueDates(id, "HOLIDAYS_" + event.year()) ? 1 : 0;
    }
    log.info("Holiday arrangement {} published: {} provisional due dates moved", event.year(), moved);
  }

  private static String node() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "unknown";
    }
  }
}

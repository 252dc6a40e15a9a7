package org.servicewindow.campaign.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.SqlTime;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a unit's contact (SMS through the notification outbox) a few days before a deliverable is due,
 * and once when it is overdue. Every node may run the job: a reminder is a row keyed by deliverable and
 * kind, inserted in the same transaction as the outbox message with {@code ON CONFLICT DO NOTHING}, so
 * whichever node inserts it first sends it and the others skip.
 */
@Component
public class CampaignReminders {

  private static final Logger log = LoggerFactory.getLogger(CampaignReminders.class);

  record Due(UUID id, UUID campaign, String theme, String unit, String kind, String period, LocalDate dueOn) {}

  private final JdbcClient jdbc;
  private final Notifications notifications;
  private final OrganizationApi organization;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int daysBefore;
  private final int overdueWindow;
  private final boolean enabled;

  CampaignReminders(JdbcClient jdbc, Notifications notifications, OrganizationApi organization,
      TransactionTemplate transactions, Clock clock,
      @Value("${sw.campaign.reminder.days-before:3}") int daysBefore,
      @Value("${sw.campaign.reminder.overdue-window-days:14}") int overdueWindow,
      @Value("${sw.campaign.reminder.enabled:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.organization = organization;
    this.transactions = transactions;
    this.clock = clock;
    this.daysBefore = daysBefore;
    this.overdueWindow = overdueWindow;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelayString = "${sw.campaign.reminder.interval:PT1H}", initialDelayString = "PT1M")
  void scheduled() {
    if (!enabled) {
      return;
    }
    try {
      run();
    } catch (RuntimeException e) {
      log.warn("Campaign reminders failed; will try again", e);
    }
  }

  /** Sends every reminder that is due now and not sent yet; returns how many were sent. */
  public int run() {
    LocalDate today = ChinaTime.today(clock);
    int sent = 0;
    for (Due d : open("d.due_on BETWEEN :a AND :b", today, today.plusDays(daysBefore))) {
      sent += send(d, "BEFORE_DUE", "campaignDueSoon") ? 1 : 0;
    }
    for (Due d : open("d.due_on BETWEEN :a AND :b", today.minusDays(overdueWindow), today.minusDays(1))) {
      sent += send(d, "OVERDUE", "campaignOverdue") ? 1 : 0;
    }
    return sent;
  }

  private List<Due> open(String condition, LocalDate a, LocalDate b) {
    return jdbc.sql("""
            SELECT d.id, d.campaign_id, c.theme, d.unit_code, d.kind, d.period, d.due_on
              FROM campaign_deliverable d JOIN campaign c ON c.id = d.campaign_id
             WHERE d.status IN ('OPEN', 'RETURNED') AND """ + " " + condition)
        .param("a", a).param("b", b)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
        .list();
  }

  private boolean send(Due d, String kind, String template) {
    UnitSummary unit = organization.unit(d.unit()).orElse(null);
    String phone = unit == null || unit.contactPhone() == null || unit.contactPhone().isBlank() ? null
        : unit.contactPhone();
    Boolean sent = transactions.execute(status -> {
      int inserted = jdbc.sql("""
              INSERT INTO campaign_reminder (deliverable_id, kind, sent_at, recipient) VALUES (:d, :k, :at, :r)
              ON CONFLICT DO NOTHING""")
          .param("d", d.id()).param("k", kind).param("at", SqlTime.param(clock.instant())).param("r", phone).update();
      if (inserted == 0) {
        return false;
      }
      if (phone != null) {
        String what = switch (d.kind()) {
          case "WORK_PLAN" -> "工作方案";
          case "SELF_CHECK" -> "自查总结";
          default -> d.period() + " 工作进展";
        };
        notifications.send(Notification.of(Channel.SMS, phone, template, "campaign-deliverable:" + d.id(),
            unit.name(), d.theme(), what, d.dueOn().toString()));
      }
      return true;
    });
    return Boolean.TRUE.equals(sent);
  }

  /** Reminder rows of a deliverable, for the overdue board and tests. */
  public Map<String, Object> sentFor(UUID deliverable) {
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT kind, recipient FROM campaign_reminder WHERE deliverable_id = :d").param("d", deliverable)
        .query(rs -> {
          result.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
        });
    return result;
  }
}

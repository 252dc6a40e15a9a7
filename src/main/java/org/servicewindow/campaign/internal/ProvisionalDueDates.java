package org.servicewindow.campaign.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.calendar.HolidayArrangementPublished;
import org.servicewindow.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a year's holiday arrangement is published, due dates that were provisional are computed again from
 * their nominal day (the 25th of the report month, or the campaign's work plan and self-check dates) and
 * every change is audited; the unit sees the new date on its page and in its reminders.
 */
@Component
public class ProvisionalDueDates {

  record Provisional(UUID id, String kind, String period, LocalDate dueOn, LocalDate workPlanDue,
      LocalDate selfCheckDue) {}

  private final JdbcClient jdbc;
  private final DueDates dueDates;
  private final AuditTrail audit;

  ProvisionalDueDates(JdbcClient jdbc, DueDates dueDates, AuditTrail audit) {
    this.jdbc = jdbc;
    this.dueDates = dueDates;
    this.audit = audit;
  }

  @ApplicationModuleListener
  void on(HolidayArrangementPublished event) {
    recompute();
  }

  /** Recomputes every provisional due date; returns how many moved. */
  public int recompute() {
    List<Provisional> open = jdbc.sql("""
            SELECT d.id, d.kind, d.period, d.due_on, c.work_plan_due, c.self_check_due
              FROM campaign_deliverable d JOIN campaign c ON c.id = d.campaign_id
             WHERE d.due_provisional = TRUE""")
        .query((rs, n) -> new Provisional(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
        .list();
    int moved = 0;
    for (Provisional p : open) {
      LocalDate nominal = switch (p.kind()) {
        case "WORK_PLAN" -> p.workPlanDue();
        case "SELF_CHECK" -> p.selfCheckDue();
        default -> YearMonth.parse(p.period()).atDay(dueDates.dayOfMonth());
      };
      DueDates.Due due = dueDates.adjust(nominal);
      jdbc.sql("UPDATE campaign_deliverable SET due_on = :d, due_provisional = :p WHERE id = :id")
          .param("d", due.date()).param("p", due.provisional()).param("id", p.id()).update();
      if (!due.date().equals(p.dueOn())) {
        moved++;
        audit.record("campaign.dueDateRecomputed", "campaignDeliverable", p.id(), Map.of("dueOn", p.dueOn().toString()),
            Map.of("dueOn", due.date().toString(), "provisional", due.provisional()));
      }
    }
    return moved;
  }
}

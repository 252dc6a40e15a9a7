package org.servicewindow.assessment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.servicewindow.assessment.SubjectType;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.common.SqlTime;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a unit's admins and leaders of a last-place warning (last in two consecutive months, the later one frozen)
 * of the unit or of one of its halls, windows or staff — e-mail and SMS through the notification outbox, like
 * feedback's 差评 alerts to hall managers; in the platform the warning shows on the 末位预警 page. Each warning is
 * claimed once in {@code assessment_warning_notice}, so rerunning the ranking never notifies it again.
 */
@Component
class LastPlaceNotices {

  private final Rankings rankings;
  private final AssessmentStore store;
  private final UserDirectory users;
  private final OrganizationApi organization;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  LastPlaceNotices(Rankings rankings, AssessmentStore store, UserDirectory users, OrganizationApi organization,
      Notifications notifications, AuditTrail audit, JdbcClient jdbc, Clock clock) {
    this.rankings = rankings;
    this.store = store;
    this.users = users;
    this.organization = organization;
    this.notifications = notifications;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Notifies every warning of the last year whose later month is frozen and not notified yet; returns how many. */
  @Transactional
  int notifyNew() {
    return notifyAll(rankings.warnings(DataScope.ALL));
  }

  /** Notifies those of {@code warnings} whose later month is frozen and that were not notified yet. */
  int notifyAll(List<Rankings.Warning> warnings) {
    int fresh = 0;
    for (Rankings.Warning w : warnings) {
      var score = store.score(w.scoreId()).orElse(null);
      // only a closed month's ranking is final: an open month's last place may still be made good
      if (score == null || !store.period(score.periodId()).map(AssessmentStore.PeriodRow::frozen).orElse(false)) {
        continue;
      }
      String unit = w.type() == SubjectType.UNIT ? w.code() : score.unitCode();
      int claimed = jdbc.sql("""
              INSERT INTO assessment_warning_notice (subject_type, subject_code, second_month, first_month, score_id,
                  unit_code, notified_at)
              VALUES (:type, :code, :second, :first, :score, :unit, :at)
              ON CONFLICT DO NOTHING""")
          .param("type", w.type().name()).param("code", w.code()).param("second", w.secondMonth())
          .param("first", w.firstMonth()).param("score", w.scoreId()).param("unit", unit)
          .param("at", SqlTime.param(clock.instant())).update();
      if (claimed == 0) {
        continue;
      }
      fresh++;
      if (unit != null) {
        send(w, unit);
      }
    }
    return fresh;
  }

  private void send(Rankings.Warning w, String unit) {
    String unitName = organization.unit(unit).map(u -> u.name()).orElse(unit);
    String reference = "assessment-warning:" + w.type() + ":" + w.code() + ":" + w.secondMonth();
    Object[] args = {w.name(), unitName, w.firstMonth(), w.secondMonth()};
    List<String> phones = new ArrayList<>();
    for (Role role : List.of(Role.UNIT_ADMIN, Role.LEADER)) {
      for (UserDirectory.Contact c : users.contactsInUnit(role, unit)) {
        if (c.email() != null && !c.email().isBlank()) {
          notifications.send(Notification.of(Channel.EMAIL, c.email(), "assessmentLastPlace", reference, args));
        }
        if (c.phone() != null && !c.phone().isBlank()) {
          phones.add(c.phone());
        }
      }
    }
    phones.stream().distinct().forEach(phone -> notifications.send(Notification.of(Channel.SMS, phone,
        "assessmentLastPlace", reference, args)));
    audit.record("assessment.lastPlaceNotified", "score", w.scoreId(), null,
        Map.of("subject", w.type() + ":" + w.code(), "months", w.firstMonth() + "," + w.secondMonth()));
  }
}

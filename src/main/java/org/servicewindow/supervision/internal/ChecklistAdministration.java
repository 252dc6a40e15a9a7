package org.servicewindow.supervision.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist's administration by the supervision office: add, edit and deactivate items. Every change is a new
 * revision, and an inspection keeps the revision it was recorded against, so old records never change meaning.
 */
@Service
public class ChecklistAdministration {

  public static final Set<String> DIMENSIONS = Set.of("CONDUCT", "APPEARANCE", "FACILITIES");

  /** What the administrator enters for an item. */
  public record ItemForm(String label, String dimension, Integer maxScore, Integer sortOrder) {}

  /** One revision of an item, for its history. */
  public record Revision(String code, int revision, String label, String dimension, int maxScore, boolean active,
      String changedBy, java.time.Instant changedAt) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Supervision supervision;

  ChecklistAdministration(JdbcClient jdbc, AuditTrail audit, Clock clock, Supervision supervision) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.supervision = supervision;
  }

  public static boolean mayAdminister(Actor actor) {
    return actor.has(Role.INSPECTOR) || actor.has(Role.SYSADMIN);
  }

  public ChecklistItem item(String code) {
    return supervision.checklistAll().stream().filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new NotFoundException("supervision.checklist.notFound"));
  }

  public List<Revision> history(String code) {
    item(code);
    return jdbc.sql("SELECT * FROM supervision_checklist_revision WHERE code = :code ORDER BY revision DESC")
        .param("code", code)
        .query((rs, n) -> new Revision(rs.getString("code"), rs.getInt("revision"), rs.getString("label"),
            rs.getString("dimension"), rs.getInt("max_score"), rs.getBoolean("active"), rs.getString("changed_by"),
            SqlTime.instant(rs, "changed_at")))
        .list();
  }

  @Transactional
  public ChecklistItem add(Actor actor, ItemForm form) {
    check(actor);
    String label = validLabel(form.label());
    String code = "C" + Ids.newId(clock).toString().replace("-", "").substring(20).toUpperCase(Locale.ROOT);
    int sort = form.sortOrder() == null
        ? jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM supervision_checklist_item").query(Integer.class).single()
        : form.sortOrder();
    jdbc.sql("""
            INSERT INTO supervision_checklist_item (code, dimension, sort_order, max_score, active, label, revision)
            VALUES (:code, :dimension, :sort, :max, TRUE, :label, 1)
            """)
        .param("code", code).param("dimension", validDimension(form.dimension())).param("sort", sort)
        .param("max", validMax(form.maxScore())).param("label", label).update();
    ChecklistItem item = item(code);
    revision(actor, item);
    audit.record("supervision.checklistItemAdded", "checklistItem", code, null, item);
    return item;
  }

  @Transactional
  public ChecklistItem edit(Actor actor, String code, ItemForm form) {
    check(actor);
    ChecklistItem before = item(code);
    String label = form.label() == null || form.label().isBlank() ? before.label() : validLabel(form.label());
    jdbc.sql("""
            UPDATE supervision_checklist_item SET label = :label, dimension = :dimension, max_score = :max,
                sort_order = :sort, revision = revision + 1 WHERE code = :code
            """)
        .param("label", label).param("dimension", validDimension(form.dimension()))
        .param("max", validMax(form.maxScore())).param("sort", form.sortOrder() == null ? before.sortOrder() : form.sortOrder())
        .param("code", code).update();
    ChecklistItem after = item(code);
    revision(actor, after);
    audit.record("supervision.checklistItemChanged", "checklistItem", code, before, after);
    return after;
  }

  @Transactional
  public ChecklistItem setActive(Actor actor, String code, boolean active) {
    check(actor);
    ChecklistItem before = item(code);
    if (before.active() == active) {
      return before;
    }
    if (!active && supervision.checklist().size() <= 1) {
      throw new BusinessRuleException("supervision.checklist.lastItem");
    }
    jdbc.sql("UPDATE supervision_checklist_item SET active = :active, revision = revision + 1 WHERE code = :code")
        .param("active", active).param("code", code).update();
    ChecklistItem after = item(code);
    revision(actor, after);
    audit.record(active ? "supervision.checklistItemActivated" : "supervision.checklistItemDeactivated",
        "checklistItem", code, before, after);
    return after;
  }

  private void revision(Actor actor, ChecklistItem item) {
    jdbc.sql("""
            INSERT INTO supervision_checklist_revision (code, revision, label, dimension, max_score, active, changed_by,
                changed_at)
            VALUES (:code, :revision, :label, :dimension, :max, :active, :by, :at)
            """)
        .param("code", item.code()).param("revision", item.revision()).param("label", item.label())
        .param("dimension", item.dimension()).param("max", item.maxScore()).param("active", item.active())
        .param("by", actor.username()).param("at", SqlTime.param(clock.instant())).update();
  }

  private static void check(Actor actor) {
    if (!mayAdminister(actor)) {
      throw new AccessDeniedException("the checklist belongs to the supervision office");
    }
  }

  private static String validLabel(String label) {
    String l = Supervision.blankToNull(label);
    if (l == null || l.length() > 100) {
      throw new BusinessRuleException("supervision.checklist.labelRequired");
    }
    return l;
  }

  private static String validDimension(String d) {
    if (d == null || !DIMENSIONS.contains(d)) {
      throw new BusinessRuleException("supervision.checklist.dimensionRequired");
    }
    return d;
  }

  private static int validMax(Integer max) {
    if (max == null || max < 1 || max > 100) {
      throw new BusinessRuleException("supervision.checklist.maxScoreRange");
    }
    return max;
  }

}

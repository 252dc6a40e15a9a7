package org.servicewindow.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报: the supervision office publishes a circular composed from orders and findings to the units concerned (and
 * optionally to the public). Its items are a snapshot of the text at publication. A unit's first opening by one of
 * its users is the read receipt; the office sees who has not read it yet.
 */
@Service
public class Circulars {

  public record NewCircular(String title, String intro, List<UUID> orderIds, List<UUID> findingIds,
      List<String> unitCodes, boolean isPublic) {}

  public record Circular(UUID id, String title, String intro, boolean isPublic, Instant publishedAt, String publishedBy,
      int units, int read) {}

  public record Item(int seq, UUID orderId, UUID findingId, String unitCode, String text) {}

  public record Receipt(String unitCode, Instant firstReadAt, String firstReadBy) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final Supervision supervision;
  private final Findings findings;
  private final OrganizationApi organization;
  private final MessageSource messages;

  Circulars(JdbcClient jdbc, AuditTrail audit, Clock clock, Supervision supervision, Findings findings,
      OrganizationApi organization, MessageSource messages) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.supervision = supervision;
    this.findings = findings;
    this.organization = organization;
    this.messages = messages;
  }

  @Transactional
  public Circular publish(Actor actor, NewCircular in) {
    if (!actor.has(Role.INSPECTOR)) {
      throw new AccessDeniedException("circulars are the supervision office's");
    }
    String title = Supervision.blankToNull(in.title());
    if (title == null || title.length() > 200) {
      throw new BusinessRuleException("supervision.circular.titleRequired");
    }
    String intro = Supervision.blankToNull(in.intro());
    if (intro != null && intro.length() > 4000) {
      throw new BusinessRuleException("supervision.circular.introTooLong");
    }
    // Circulars are official documents in Chinese; the items are composed in the default language once.
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    List<Item> items = new ArrayList<>();
    Set<String> concerned = new LinkedHashSet<>();
    for (UUID orderId : in.orderIds() == null ? List.<UUID>of() : in.orderIds()) {
      RectificationOrder o = supervision.order(actor, orderId);
      String unit = organization.unit(o.unitCode()).map(u -> u.name()).orElse(o.unitCode());
      items.add(new Item(items.size() + 1, o.id(), null, o.unitCode(), messages.getMessage("supervision.circular.orderItem",
          new Object[] {unit, o.problem() == null ? "" : o.problem(), o.deadline().toString(),
              messages.getMessage("supervision.status." + o.status(), null, zh)}, zh)));
      concerned.add(o.unitCode());
    }
    for (UUID findingId : in.findingIds() == null ? List.<UUID>of() : in.findingIds()) {
      Finding f = findings.finding(actor, findingId);
      String place = f.unitCode() != null ? organization.unit(f.unitCode()).map(u -> u.name()).orElse(f.unitCode())
          : organization.hall(f.hallCode()).map(h -> h.name()).orElse(String.valueOf(f.hallCode()));
      items.add(new Item(items.size() + 1, null, f.id(), f.unitCode(), messages.getMessage(
          "supervision.finding.summary." + f.kind(), new Object[] {f.subject(), place, f.recordCount()}, zh)));
      if (f.unitCode() != null) {
        concerned.add(f.unitCode());
      }
    }
    if (items.isEmpty()) {
      throw new BusinessRuleException("supervision.circular.itemsRequired");
    }
    Set<String> units = new LinkedHashSet<>(in.unitCodes() == null ? List.of() : in.unitCodes());
    units.addAll(concerned);
    for (String u : units) {
      if (organization.unit(u).isEmpty()) {
        throw new BusinessRuleException("supervision.plan.unitsRequired");
      }
    }
    UUID id = Ids.newId(clock);
    jdbc.sql("""
            INSERT INTO supervision_circular (id, title, intro, is_public, published_at, published_by)
            VALUES (:id, :title, :intro, :public, :at, :by)
            """)
        .param("id", id).param("title", title).param("intro", intro).param("public", in.isPublic())
        .param("at", SqlTime.param(clock.instant())).param("by", actor.username()).update();
    for (Item i : items) {
      jdbc.sql("""
              INSERT INTO supervision_circular_item (circular_id, seq, order_id, finding_id, unit_code, text)
              VALUES (:c, :seq, :order, :finding, :unit, :text)
              """)
          .param("c", id).param("seq", i.seq()).param("order", i.orderId()).param("finding", i.findingId())
          .param("unit", i.unitCode()).param("text", i.text()).update();
    }
    for (String u : units) {
      jdbc.sql("INSERT INTO supervision_circular_unit (circular_id, unit_code) VALUES (:c, :u)").param("c", id)
          .param("u", u).update();
    }
    audit.record("supervision.circularPublished", "circular", id, null,
        Map.of("title", title, "units", List.copyOf(units), "items", items.size(), "public", in.isPublic()));
    return circular(actor, id);
  }

  private static final String SELECT = """
      SELECT c.id, c.title, c.intro, c.is_public, c.published_at, c.published_by,
          (SELECT COUNT(*) FROM supervision_circular_unit u WHERE u.circular_id = c.id) AS units,
          (SELECT COUNT(*) FROM supervision_circular_unit u WHERE u.circular_id = c.id AND u.first_read_at IS NOT NULL)
              AS read_units
      FROM supervision_circular c""";

  /** Whether the actor reads the circular as the office (all) or as one addressed unit. */
  private static boolean office(Actor actor) {
    return actor.has(Role.INSPECTOR) || actor.has(Role.SYSADMIN) || DataScope.of(actor).level() == DataScope.Level.ALL;
  }

  public Circular circular(Actor actor, UUID id) {
    Circular c = jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(Circulars::row).optional()
        .orElseThrow(() -> new NotFoundException("supervision.circular.notFound"));
    if (!office(actor) && (actor.unitCode() == null || receipts(id).stream()
        .noneMatch(r -> r.unitCode().equals(actor.unitCode())))) {
      throw new NotFoundException("supervision.circular.notFound");
    }
    return c;
  }

  /** A public circular for anyone, without receipts. */
  public Circular publicCircular(UUID id) {
    return jdbc.sql(SELECT + " WHERE c.id = :id AND c.is_public").param("id", id).query(Circulars::row).optional()
        .orElseThrow(() -> new NotFoundException("supervision.circular.notFound"));
  }

  /**
   * Opens a circular; the first opening by a user of an addressed unit is that unit's read receipt. Returns the
   * circular as the reader sees it.
   */
  @Transactional
  public Circular open(Actor actor, UUID id) {
    Circular c = circular(actor, id);
    if (actor.unitCode() != null && !actor.has(Role.INSPECTOR)) {
      int marked = jdbc.sql("""
              UPDATE supervision_circular_unit SET first_read_at = :at, first_read_by = :by
              WHERE circular_id = :c AND unit_code = :u AND first_read_at IS NULL
              """)
          .param("at", SqlTime.param(clock.instant())).param("by", actor.username()).param("c", id)
          .param("u", actor.unitCode()).update();
      if (marked > 0) {
        audit.record("supervision.circularRead", "circular", id, null, Map.of("unit", actor.unitCode()));
        c = circular(actor, id);
      }
    }
    return c;
  }

  public List<Item> items(UUID id) {
    return jdbc.sql("SELECT * FROM supervision_circular_item WHERE circular_id = :c ORDER BY seq").param("c", id)
        .query((rs, n) -> new Item(rs.getInt("seq"), rs.getObject("order_id", UUID.class),
            rs.getObject("finding_id", UUID.class), rs.getString("unit_code"), rs.getString("text")))
        .list();
  }

  public List<Receipt> receipts(UUID id) {
    return jdbc.sql("SELECT * FROM supervision_circular_unit WHERE circular_id = :c ORDER BY first_read_at, unit_code")
        .param("c", id)
        .query((rs, n) -> new Receipt(rs.getString("unit_code"), SqlTime.instant(rs, "first_read_at"),
            rs.getString("first_read_by")))
        .list();
  }

  /** The circulars the actor may read: all for the office and city-wide readers, else those addressed to the unit. */
  public Paged<Circular> circulars(Actor actor, boolean unreadOnly, PageQuery page) {
    var params = new LinkedHashMap<String, Object>();
    String where = " WHERE 1 = 1";
    if (!office(actor)) {
      where += " AND EXISTS (SELECT 1 FROM supervision_circular_unit x WHERE x.circular_id = c.id AND x.unit_code = :unit"
          + (unreadOnly ? " AND x.first_read_at IS NULL" : "") + ")";
      params.put("unit", actor.unitCode() == null ? "" : actor.unitCode());
    } else if (unreadOnly) {
      where += " AND EXISTS (SELECT 1 FROM supervision_circular_unit x WHERE x.circular_id = c.id"
          + " AND x.first_read_at IS NULL)";
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM supervision_circular c" + where).params(params).query(Long.class).single();
    List<Circular> items = jdbc.sql(SELECT + where + " ORDER BY c.published_at DESC, c.id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset()).query(Circulars::row).list();
    return page.result(items, total);
  }

  private static Circular row(ResultSet rs, int n) throws SQLException {
    return new Circular(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("intro"),
        rs.getBoolean("is_public"), SqlTime.instant(rs, "published_at"), rs.getString("published_by"),
        rs.getInt("units"), rs.getInt("read_units"));
  }
}

package org.servicewindow.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.AbsenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored absences; cancelled ones stay, marked, as a record. */
@Repository
public class Absences {

  /** Search criteria of the absence list; {@code from}/{@code to} bound the period shown. */
  public record Criteria(String query, String hallCode, Instant from, Instant to, boolean includeCancelled) {}

  /** An absence in a list, with who is away. */
  public record Listing(Absence absence, String staffName, String staffNumber, String unitCode, String hallCode) {}

  private final JdbcClient jdbc;

  Absences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Absence> find(UUID id) {
    return jdbc.sql("SELECT a.* FROM org_absence a WHERE a.id = :id").param("id", id).query(this::row).optional();
  }

  public Optional<Absence> find(UUID id, DataScope scope) {
    return jdbc.sql("SELECT a.* FROM org_absence a JOIN org_staff st ON st.id = a.staff_id WHERE a.id = :id AND "
            + ScopeSql.staff(scope))
        .params(scope.params())
        .param("id", id)
        .query(this::row)
        .optional();
  }

  /** Every absence of a staff member that is not cancelled. */
  public List<Absence> of(UUID staffId) {
    return jdbc.sql("SELECT a.* FROM org_absence a WHERE a.staff_id = :id AND a.cancelled_at IS NULL ORDER BY a.starts_at")
        .param("id", staffId)
        .query(this::row)
        .list();
  }

  /** Which of the given staff are away at the instant. */
  public java.util.Set<UUID> awayAt(Collection<UUID> staffIds, Instant at) {
    if (staffIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(jdbc.sql("""
            SELECT DISTINCT a.staff_id FROM org_absence a
             WHERE a.staff_id IN (:ids) AND a.cancelled_at IS NULL AND a.starts_at <= :at AND a.ends_at > :at
            """)
        .param("ids", staffIds)
        .param("at", SqlTime.param(at))
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list());
  }

  /** Which of the given staff are away at some moment between from (inclusive) and to (exclusive). */
  public java.util.Set<UUID> awayBetween(Collection<UUID> staffIds, Instant from, Instant to) {
    if (staffIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(jdbc.sql("""
            SELECT DISTINCT a.staff_id FROM org_absence a
             WHERE a.staff_id IN (:ids) AND a.cancelled_at IS NULL AND a.starts_at < :to AND a.ends_at > :from
            """)
        .param("ids", staffIds)
        .param("from", SqlTime.param(from))
        .param("to", SqlTime.param(to))
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list());
  }

  /** Absences (not cancelled) of staff of a hall overlapping from (inclusive) to (exclusive), earliest first. */
  public List<Listing> ofHallBetween(String hallCode, Instant from, Instant to) {
    return jdbc.sql(LISTING + " WHERE st.hall_code = :hall AND a.cancelled_at IS NULL AND a.starts_at < :to AND a.ends_at > :from"
            + " ORDER BY a.starts_at")
        .param("hall", hallCode)
        .param("from", SqlTime.param(from))
        .param("to", SqlTime.param(to))
        .query(this::listing)
        .list();
  }

  private static final String LISTING = """
      SELECT a.*, st.name AS staff_name, st.staff_number, st.unit_code, st.hall_code
        FROM org_absence a JOIN org_staff st ON st.id = a.staff_id
      """;

  public Paged<Listing> search(Criteria c, DataScope scope, PageQuery page) {
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder(" WHERE ").append(ScopeSql.staff(scope));
    if (Sql.present(c.query())) {
      where.append(" AND (LOWER(st.name) LIKE :q OR LOWER(st.staff_number) LIKE :q)");
      params.put("q", Sql.contains(c.query()));
    }
    if (Sql.present(c.hallCode())) {
      where.append(" AND st.hall_code = :hall");
      params.put("hall", c.hallCode());
    }
    if (c.from() != null) {
      where.append(" AND a.ends_at > :from");
      params.put("from", SqlTime.param(c.from()));
    }
    if (c.to() != null) {
      where.append(" AND a.starts_at < :to");
      params.put("to", SqlTime.param(c.to()));
    }
    if (!c.includeCancelled()) {
      where.append(" AND a.cancelled_at IS NULL");
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM org_absence a JOIN org_staff st ON st.id = a.staff_id" + where)
        .params(params)
        .query(Long.class)
        .single();
    List<Listing> items = jdbc.sql(LISTING + where + " ORDER BY a.starts_at DESC, st.staff_number LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::listing)
        .list();
    return page.result(items, total);
  }

  public void insert(Absence a) {
    jdbc.sql("""
            INSERT INTO org_absence (id, staff_id, kind, starts_at, ends_at, reason, handover_note, handed_over_at,
                                     recorded_by, recorded_at, cancelled_at)
            VALUES (:id, :staff, :kind, :startsAt, :endsAt, :reason, :note, :handedOverAt, :recordedBy, :recordedAt,
                    :cancelledAt)
            """)
        .params(params(a))
        .update();
  }

  public void update(Absence a) {
    jdbc.sql("""
            UPDATE org_absence SET handover_note = :note, handed_over_at = :handedOverAt, cancelled_at = :cancelledAt
             WHERE id = :id
            """)
        .params(params(a))
        .update();
  }

  private static Map<String, Object> params(Absence a) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", a.id());
    p.put("staff", a.staffId());
    p.put("kind", a.kind().name());
    p.put("startsAt", SqlTime.param(a.startsAt()));
    p.put("endsAt", SqlTime.param(a.endsAt()));
    p.put("reason", a.reason());
    p.put("note", a.handoverNote());
    p.put("handedOverAt", SqlTime.param(a.handedOverAt()));
    p.put("recordedBy", a.recordedBy());
    p.put("recordedAt", SqlTime.param(a.recordedAt()));
    p.put("cancelledAt", SqlTime.param(a.cancelledAt()));
    return p;
  }

  private Listing listing(ResultSet rs, int n) throws SQLException {
    return new Listing(row(rs, n), rs.getString("staff_name"), rs.getString("staff_number"), rs.getString("unit_code"),
        rs.getString("hall_code"));
  }

  private Absence row(ResultSet rs, int n) throws SQLException {
    return new Absence(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
        AbsenceKind.valueOf(rs.getString("kind")), SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"),
        rs.getString("reason"), rs.getString("handover_note"), SqlTime.instant(rs, "handed_over_at"),
        rs.getString("recorded_by"), SqlTime.instant(rs, "recorded_at"), SqlTime.instant(rs, "cancelled_at"));
  }
}

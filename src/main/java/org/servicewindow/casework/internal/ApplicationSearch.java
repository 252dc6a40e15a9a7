package org.servicewindow.casework.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of applications inside the reader's data scope, paged, with the filters of the search page and 督办 list. */
@Repository
public class ApplicationSearch {

  /**
   * @param q application number, applicant name, company or full ID number
   * @param warning {@code YELLOW} (due within the yellow window), {@code RED} (overdue) or null
   */
  public record Filter(String q, ApplicationStatus status, String unitCode, String hallCode, LocalDate dueFrom,
      LocalDate dueTo, String warning) {}

  public record Row(UUID id, String number, String serviceName, String unitCode, String hallCode, String windowCode,
      String handlerName, String applicantName, String idNumber, String companyName, ApplicationStatus status,
      java.time.Instant receivedAt, LocalDate acceptedOn, LocalDate promisedDue, LocalDate legalDue,
      boolean provisional, LocalDate pausedSince) {}

  private final JdbcClient jdbc;

  ApplicationSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param today the business date for the warning filters
   * @param yellowLimit the last promised date that still counts as yellow
   */
  public Paged<Row> search(Filter f, Actor actor, LocalDate today, LocalDate yellowLimit, PageQuery page) {
    var scope = actor.scope();
    Map<String, Object> params = new HashMap<>(scope.params());
    StringBuilder where = new StringBuilder("(" + scope.sql("a.unit_code", "a.hall_code", "a.window_code")
        + " OR a.handler_username = :me)");
    params.put("me", actor.username());
    if (f.q() != null && !f.q().isBlank()) {
      where.append(" AND (a.number = :q OR a.applicant_name LIKE :like OR a.company_name LIKE :like"
          + " OR a.applicant_id_number = :qUpper)");
      params.put("q", f.q().trim());
      params.put("qUpper", f.q().trim().toUpperCase(java.util.Locale.ROOT));
      params.put("like", "%" + f.q().trim().replace("%", "").replace("_", "") + "%");
    }
    if (f.status() != null) {
      where.append(" AND a.status = :status");
      params.put("status", f.status().name());
    }
    if (f.unitCode() != null && !f.unitCode().isBlank()) {
      where.append(" AND a.unit_code = :unit");
      params.put("unit", f.unitCode());
    }
    if (f.hallCode() != null && !f.hallCode().isBlank()) {
      where.append(" AND a.hall_code = :hall");
      params.put("hall", f.hallCode());
    }
    if (f.dueFrom() != null) {
      where.append(" AND a.promised_due >= :dueFrom");
      params.put("dueFrom", f.dueFrom());
    }
    if (f.dueTo() != null) {
      where.append(" AND a.promised_due <= :dueTo");
      params.put("dueTo", f.dueTo());
    }
    if ("RED".equals(f.warning())) {
      where.append(" AND a.status = 'ACCEPTED' AND a.paused_since IS NULL AND a.promised_due < :today");
      params.put("today", today);
    } else if ("YELLOW".equals(f.warning())) {
      where.append(" AND a.status = 'ACCEPTED' AND a.paused_since IS NULL AND a.promised_due >= :today"
          + " AND a.promised_due <= :yellowLimit");
      params.put("today", today);
      params.put("yellowLimit", yellowLimit);
    } else if ("ANY".equals(f.warning())) {
      where.append(" AND a.status = 'ACCEPTED' AND a.paused_since IS NULL AND a.promised_due <= :yellowLimit");
      params.put("yellowLimit", yellowLimit);
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM application a WHERE " + where).params(params).query(Long.class).single();
    String order = f.warning() != null ? "a.promised_due, a.number" : "a.received_at DESC, a.number DESC";
    List<Row> rows = jdbc.sql("SELECT a.* FROM application a WHERE " + where + " ORDER BY " + order
            + " LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("service_name"),
            rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
            rs.getString("handler_name"), rs.getString("applicant_name"), rs.getString("applicant_id_number"),
            rs.getString("company_name"), ApplicationStatus.valueOf(rs.getString("status")),
            org.servicewindow.common.SqlTime.instant(rs, "received_at"), rs.getObject("accepted_on", LocalDate.class),
            rs.getObject("promised_due", LocalDate.class), rs.getObject("legal_due", LocalDate.class),
            rs.getBoolean("due_provisional"), rs.getObject("paused_since", LocalDate.class)))
        .list();
    return page.result(rows, total);
  }

  /** Applications that may need the daily round: undecided ones, and accepted ones due soon or overdue. */
  public List<UUID> undecided() {
    return jdbc.sql("SELECT id FROM application WHERE status = 'RECEIVED'").query(UUID.class).list();
  }

  public List<UUID> dueBy(LocalDate limit) {
    return jdbc.sql("""
            SELECT id FROM application WHERE status = 'ACCEPTED' AND paused_since IS NULL AND promised_due <= :limit
            """)
        .param("limit", limit).query(UUID.class).list();
  }

  public List<UUID> provisional() {
    return jdbc.sql("SELECT id FROM application WHERE status = 'ACCEPTED' AND due_provisional = TRUE")
        .query(UUID.class).list();
  }
}

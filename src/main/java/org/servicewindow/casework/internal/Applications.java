package org.servicewindow.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.ApplicationStatus;
import org.servicewindow.casework.MaterialState;
import org.servicewindow.casework.PauseKind;
import org.servicewindow.common.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications with their checklists, and the gapless numbers of applications and notices. */
@Repository
public class Applications {

  private static final String COLUMNS = """
      id, number, matter_id, service_code, service_name, guide_version, unit_code, hall_code, window_code,
      handler_username, handler_name, ticket_id, applicant_name, applicant_phone, applicant_id_number,
      applicant_email, company_name, credit_code, status, received_at, received_on, accepted_on, auto_accepted,
      promised_limit_days, legal_limit_days, extension_days, promised_due, legal_due, due_provisional,
      paused_since, pause_kind, pause_reason, rejected_basis, result, result_basis, completed_at, completed_on,
      delivery, mail_address, delivered_at, evaluation_token, day4_warned""";

  private final JdbcClient jdbc;

  Applications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The next number of a unit's series for the year ({@code kind} names the series: applications or a
   * kind of notice). The counter row stays locked until the caller's transaction ends, so numbers are
   * never skipped or given twice.
   */
  public int nextNumber(int year, String unitCode, String kind) {
    Optional<Integer> last = jdbc.sql("""
            SELECT last_number FROM casework_counter WHERE counter_year = :year AND unit_code = :unit AND kind = :kind FOR UPDATE
            """)
        .param("year", year).param("unit", unitCode).param("kind", kind).query(Integer.class).optional();
    if (last.isEmpty()) {
      int created = jdbc.sql("""
              INSERT INTO casework_counter (counter_year, unit_code, kind, last_number) VALUES (:year, :unit, :kind, 1)
              ON CONFLICT DO NOTHING
              """)
          .param("year", year).param("unit", unitCode).param("kind", kind).update();
      return created == 1 ? 1 : nextNumber(year, unitCode, kind);
    }
    int next = last.get() + 1;
    jdbc.sql("UPDATE casework_counter SET last_number = :next WHERE counter_year = :year AND unit_code = :unit AND kind = :kind")
        .param("next", next).param("year", year).param("unit", unitCode).param("kind", kind).update();
    return next;
  }

  public Optional<Application> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = :id").param("id", id)
        .query((rs, n) -> map(rs)).optional();
  }

  /** The application locked for a change (concurrent staff and the daily job never overwrite each other). */
  public Optional<Application> lock(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = :id FOR UPDATE").param("id", id)
        .query((rs, n) -> map(rs)).optional();
  }

  /** The applications of one matter (a bundle's items), in the order they were received. */
  public List<Application> ofMatter(UUID matterId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE matter_id = :m ORDER BY received_at, number")
        .param("m", matterId).query((rs, n) -> map(rs)).list();
  }

  public Optional<UUID> idByToken(String evaluationToken) {
    return jdbc.sql("SELECT id FROM application WHERE evaluation_token = :t").param("t", evaluationToken)
        .query(UUID.class).optional();
  }

  public void insert(Application a, Instant now) {
    jdbc.sql("INSERT INTO application (" + COLUMNS + ", updated_at) VALUES ("
            + ":id, :number, :matter, :service, :serviceName, :guideVersion, :unit, :hall, :window, :handler, "
            + ":handlerName, :ticket, :name, :phone, :idNumber, :email, :company, :creditCode, :status, :receivedAt, "
            + ":receivedOn, :acceptedOn, :auto, :promisedLimit, :legalLimit, :extension, :promisedDue, :legalDue, "
            + ":provisional, :pausedSince, :pauseKind, :pauseReason, :rejectedBasis, :result, :resultBasis, "
            + ":completedAt, :completedOn, :delivery, :mailAddress, :deliveredAt, :token, :day4, :now)")
        .params(params(a, now)).update();
    for (Material m : a.materials()) {
      jdbc.sql("""
              INSERT INTO application_material (application_id, code, name, required, sort_order, state, reason, received_at)
              VALUES (:app, :code, :name, :required, :order, :state, :reason, :receivedAt)
              """)
          .param("app", a.id()).param("code", m.code()).param("name", m.name()).param("required", m.required())
          .param("order", m.order()).param("state", m.state().name()).param("reason", m.reason())
          .param("receivedAt", SqlTime.param(m.receivedAt())).update();
    }
  }

  public void update(Application a, Instant now) {
    jdbc.sql("""
            UPDATE application SET handler_username = :handler, handler_name = :handlerName, status = :status,
              accepted_on = :acceptedOn, auto_accepted = :auto, extension_days = :extension, promised_due = :promisedDue,
              legal_due = :legalDue, due_provisional = :provisional, paused_since = :pausedSince, pause_kind = :pauseKind,
              pause_reason = :pauseReason, rejected_basis = :rejectedBasis, result = :result, result_basis = :resultBasis,
              completed_at = :completedAt, completed_on = :completedOn, delivery = :delivery, mail_address = :mailAddress,
              delivered_at = :deliveredAt, evaluation_token = :token, day4_warned = :day4, updated_at = :now
             WHERE id = :id
            """)
        .params(params(a, now)).update();
    for (Material m : a.materials()) {
      jdbc.sql("""
              UPDATE application_material SET state = :state, reason = :reason, received_at = :receivedAt
               WHERE application_id = :app AND code = :code
              """)
          .param("app", a.id()).param("code", m.code()).param("state", m.state().name()).param("reason", m.reason())
          .param("receivedAt", SqlTime.param(m.receivedAt())).update();
    }
  }

  private static java.util.Map<String, Object> params(Application a, Instant now) {
    var p = new java.util.HashMap<String, Object>();
    p.put("id", a.id());
    p.put("number", a.number());
    p.put("matter", a.matterId());
    p.put("service", a.serviceCode());
    p.put("serviceName", a.serviceName());
    p.put("guideVersion", a.guideVersion());
    p.put("unit", a.unitCode());
    p.put("hall", a.hallCode());
    p.put("window", a.windowCode());
    p.put("handler", a.handlerUsername());
    p.put("handlerName", a.handlerName());
    p.put("ticket", a.ticketId());
    Applicant ap = a.applicant();
    p.put("name", ap.name());
    p.put("phone", ap.phone());
    p.put("idNumber", ap.idNumber());
    p.put("email", ap.email());
    p.put("company", ap.companyName());
    p.put("creditCode", ap.creditCode());
    p.put("status", a.status().name());
    p.put("receivedAt", SqlTime.param(a.receivedAt()));
    p.put("receivedOn", a.receivedOn());
    p.put("acceptedOn", a.acceptedOn());
    p.put("auto", a.autoAccepted());
    p.put("promisedLimit", a.promisedLimitDays());
    p.put("legalLimit", a.legalLimitDays());
    p.put("extension", a.extensionDays());
    p.put("promisedDue", a.promisedDue());
    p.put("legalDue", a.legalDue());
    p.put("provisional", a.dueProvisional());
    p.put("pausedSince", a.pausedSince());
    p.put("pauseKind", a.pauseKind() == null ? null : a.pauseKind().name());
    p.put("pauseReason", a.pauseReason());
    p.put("rejectedBasis", a.rejectedBasis());
    p.put("result", a.result());
    p.put("resultBasis", a.resultBasis());
    p.put("completedAt", SqlTime.param(a.completedAt()));
    p.put("completedOn", a.completedOn());
    p.put("delivery", a.delivery());
    p.put("mailAddress", a.mailAddress());
    p.put("deliveredAt", SqlTime.param(a.deliveredAt()));
    p.put("token", a.evaluationToken());
    p.put("day4", a.day4Warned());
    p.put("now", SqlTime.param(now));
    return p;
  }

  private Application map(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<Material> materials = jdbc.sql("""
            SELECT code, name, required, sort_order, state, reason, received_at FROM application_material
             WHERE application_id = :id ORDER BY sort_order
            """)
        .param("id", id)
        .query((m, n) -> new Material(m.getString("code"), m.getString("name"), m.getBoolean("required"),
            m.getInt("sort_order"), MaterialState.valueOf(m.getString("state")), m.getString("reason"),
            SqlTime.instant(m, "received_at")))
        .list();
    String pauseKind = rs.getString("pause_kind");
    return new Application(id, rs.getString("number"), rs.getObject("matter_id", UUID.class),
        rs.getString("service_code"), rs.getString("service_name"), rs.getInt("guide_version"),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getString("handler_username"), rs.getString("handler_name"), rs.getObject("ticket_id", UUID.class),
        new Applicant(rs.getString("applicant_name"), rs.getString("applicant_phone"),
            rs.getString("applicant_id_number"), rs.getString("applicant_email"), rs.getString("company_name"),
            rs.getString("credit_code")),
        ApplicationStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "received_at"),
        rs.getObject("received_on", LocalDate.class), rs.getObject("accepted_on", LocalDate.class),
        rs.getBoolean("auto_accepted"), rs.getInt("promised_limit_days"), rs.getInt("legal_limit_days"),
        rs.getInt("extension_days"), rs.getObject("promised_due", LocalDate.class),
        rs.getObject("legal_due", LocalDate.class), rs.getBoolean("due_provisional"),
        rs.getObject("paused_since", LocalDate.class), pauseKind == null ? null : PauseKind.valueOf(pauseKind),
        rs.getString("pause_reason"), rs.getString("rejected_basis"), rs.getString("result"),
        rs.getString("result_basis"), SqlTime.instant(rs, "completed_at"),
        rs.getObject("completed_on", LocalDate.class), rs.getString("delivery"), rs.getString("mail_address"),
        SqlTime.instant(rs, "delivered_at"), rs.getString("evaluation_token"), rs.getBoolean("day4_warned"),
        materials);
  }
}

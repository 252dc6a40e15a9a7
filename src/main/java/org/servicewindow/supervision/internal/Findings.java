package org.servicewindow.supervision.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.casework.ApplicationOverdue;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.SqlTime;
import org.servicewindow.feedback.EvaluationSubmitted;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.TicketClosedUnserved;
import org.servicewindow.queue.TicketStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Automatic findings (监督发现) from the data other modules publish: every overdue case (casework's
 * {@link ApplicationOverdue}), clusters of 差评 for one staff member or window (feedback's
 * {@link EvaluationSubmitted}), and days on which a hall's no-shows spike (queue's {@link TicketClosedUnserved}).
 * The events are kept as signals in supervision's own table; detection groups open signals into findings. A signal
 * joins at most one finding and a finding's key is unique, so nothing is raised twice.
 *
 * <p>Thresholds are settings: the 差评 cluster default (3 within 30 days) follows issue 8's example ("≥3 差评 for one
 * staff/window within N days"); the no-show spike is a day with at least {@code min} no-shows and {@code factor}
 * times the hall's daily average of the previous 14 days — a local rule of thumb, not a legal figure. An unmanned
 * window (空岗) is read from queue's published {@link DeskAttendance}: a stretch of at least
 * {@code sw.queue.desk.unmanned-minutes} (15) in today's or yesterday's opening hours with nobody signed in at an open
 * window; its key is the window and the stretch's start, which stays put while the stretch goes on.
 */
@Service
public class Findings {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditTrail audit;
  private final int clusterSize;
  private final int clusterDays;
  private final int spikeMinimum;
  private final double spikeFactor;
  private final DeskAttendance attendance;
  private final OrganizationApi organization;

  Findings(JdbcClient jdbc, Clock clock, AuditTrail audit, DeskAttendance attendance, OrganizationApi organization,
      @Value("${sw.supervision.negative-cluster.size:3}") int clusterSize,
      @Value("${sw.supervision.negative-cluster.days:30}") int clusterDays,
      @Value("${sw.supervision.no-show-spike.minimum:10}") int spikeMinimum,
      @Value("${sw.supervision.no-show-spike.factor:3.0}") double spikeFactor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
    this.clusterSize = clusterSize;
    this.clusterDays = clusterDays;
    this.spikeMinimum = spikeMinimum;
    this.spikeFactor = spikeFactor;
    this.attendance = attendance;
    this.organization = organization;
  }

  @ApplicationModuleListener
  void on(ApplicationOverdue event) {
    signal("OVERDUE_CASE", event.applicationId(), event.number() + " · " + event.promisedDueDate(), event.unitCode(),
        event.hallCode(), event.windowCode(), event.handlerUsername(), clock.instant());
  }

  @ApplicationModuleListener
  void on(EvaluationSubmitted event) {
    if (event.negative()) {
      signal("NEGATIVE_RATING", event.evaluationId(), String.valueOf(event.level()), event.unitCode(),
          event.hallCode(), event.windowCode(), event.staffUsername(),
          event.ratedAt() == null ? clock.instant() : event.ratedAt());
    }
  }

  @ApplicationModuleListener
  void on(TicketClosedUnserved event) {
    if (event.status() == TicketStatus.NO_SHOW) {
      signal("NO_SHOW", event.ticketId(), event.serviceCode(), null, event.hallCode(), null, null,
          event.at() == null ? clock.instant() : event.at());
    }
  }

  void signal(String kind, UUID ref, String reference, String unit, String hall, String window, String staff,
      Instant at) {
    jdbc.sql("""
            INSERT INTO supervision_signal (kind, ref_id, reference, unit_code, hall_code, window_code, staff_username,
                occurred_at)
            VALUES (:kind, :ref, :reference, :unit, :hall, :window, :staff, :at)
            ON CONFLICT DO NOTHING
            """)
        .param("kind", kind).param("ref", ref).param("reference", reference).param("unit", unit).param("hall", hall)
        .param("window", window).param("staff", staff).param("at", SqlTime.param(at)).update();
  }

  /** One detection round; returns the number of new findings. Run by {@link SupervisionJobs} and on demand. */
  @Transactional
  public int detect(String by) {
    Instant now = clock.instant();
    int raised = 0;
    // Every overdue case is a finding of its own.
    record Open(long id, UUID ref, String reference, String unit, String hall, String window, String staff) {}
    List<Open> overdue = jdbc.sql("""
            SELECT id, ref_id, reference, unit_code, hall_code, window_code, staff_username FROM supervision_signal
            WHERE kind = 'OVERDUE_CASE' AND finding_id IS NULL ORDER BY id
            """)
        .query((rs, n) -> new Open(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)))
        .list();
    for (Open o : overdue) {
      UUID id = raise(FindingKind.OVERDUE_CASE, "OVERDUE_CASE:" + o.ref(), o.unit(), o.hall(), o.window(), o.staff(),
          o.reference(), 1, by);
      if (id != null) {
        jdbc.sql("UPDATE supervision_signal SET finding_id = :f WHERE id = :id").param("f", id).param("id", o.id())
            .update();
        raised++;
      }
    }
    // 差评 clusters: per staff member (or window when no staff is known) within the last N days.
    Instant since = now.minus(Duration.ofDays(clusterDays));
    record Cluster(String subject, String unit, String hall, String window, String staff, long first, int count) {}
    List<Cluster> clusters = jdbc.sql("""
            SELECT COALESCE(staff_username, window_code) AS subject, MAX(unit_code), MAX(hall_code),
                MAX(window_code), MAX(staff_username), MIN(id), COUNT(*)
            FROM supervision_signal
            WHERE kind = 'NEGATIVE_RATING' AND finding_id IS NULL AND occurred_at >= :since
              AND COALESCE(staff_username, window_code) IS NOT NULL
            GROUP BY COALESCE(staff_username, window_code)
            HAVING COUNT(*) >= :size
            """)
        .param("since", SqlTime.param(since)).param("size", clusterSize)
        .query((rs, n) -> new Cluster(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getLong(6), rs.getInt(7)))
        .list();
    for (Cluster c : clusters) {
      // the finding reads with the person's (or window's) name; the key keeps the stable username or code
      String named = c.staff() != null
          ? organization.staffOfUser(c.staff()).map(StaffSummary::name).orElse(c.staff())
          : organization.window(c.window()).map(WindowSummary::name).orElse(c.window());
      UUID id = raise(FindingKind.NEGATIVE_CLUSTER, "NEGATIVE:" + c.subject() + ":" + c.first(), c.unit(), c.hall(),
          c.staff() == null ? c.window() : null, c.staff(), named, c.count(), by);
      if (id != null) {
        jdbc.sql("""
                UPDATE supervision_signal SET finding_id = :f
                WHERE kind = 'NEGATIVE_RATING' AND finding_id IS NULL AND occurred_at >= :since
                  AND COALESCE(staff_username, window_code) = :subject
                """)
            .param("f", id).param("since", SqlTime.param(since)).param("subject", c.subject()).update();
        raised++;
      }
    }
    // No-show spikes: today's no-shows of a hall against its daily average of the 14 days before.
    LocalDate today = ChinaTime.today(clock);
    Instant dayStart = today.atStartOfDay(ChinaTime.ZONE).toInstant();
    Instant baselineStart = today.minusDays(14).atStartOfDay(ChinaTime.ZONE).toInstant();
    record Day(String hall, int today, int before) {}
    List<Day> days = jdbc.sql("""
            SELECT hall_code,
                SUM(CASE WHEN occurred_at >= :dayStart THEN 1 ELSE 0 END),
                SUM(CASE WHEN occurred_at < :dayStart THEN 1 ELSE 0 END)
            FROM supervision_signal
            WHERE kind = 'NO_SHOW' AND occurred_at >= :baselineStart AND occurred_at < :dayEnd
            GROUP BY hall_code
            """)
        .param("dayStart", SqlTime.param(dayStart)).param("baselineStart", SqlTime.param(baselineStart))
        .param("dayEnd", SqlTime.param(dayStart.plus(Duration.ofDays(1))))
        .query((rs, n) -> new Day(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    for (Day d : days) {
      double average = d.before() / 14.0;
      if (d.today() >= spikeMinimum && d.today() >= spikeFactor * average) {
        UUID id = raise(FindingKind.NO_SHOW_SPIKE, "NO_SHOW:" + d.hall() + ":" + today, null, d.hall(), null, null,
            today + " · " + Math.round(average * 10) / 10.0, d.today(), by);
        if (id != null) {
          jdbc.sql("""
                  UPDATE supervision_signal SET finding_id = :f
                  WHERE kind = 'NO_SHOW' AND hall_code = :hall AND finding_id IS NULL AND occurred_at >= :dayStart
                  """)
              .param("f", id).param("hall", d.hall()).param("dayStart", SqlTime.param(dayStart)).update();
          raised++;
        }
      }
    }
    raised += detectUnmanned(today, now, by);
    return raised;
  }

  /**
   * 空岗 since the start of yesterday (so a stretch that ran to closing time is still seen after a restart): one
   * finding per window and stretch, its evidence the stretch as a signal (window, start, end as far as seen when detected).
   */
  private int detectUnmanned(LocalDate today, Instant now, String by) {
    int raised = 0;
    Instant since = today.minusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    for (HallSummary hall : organization.halls()) {
      for (DeskAttendance.Interval gap : attendance.unmanned(hall.code(), since, now)) {
        String key = "UNMANNED:" + gap.windowCode() + ":" + gap.from();
        WindowSummary window = organization.window(gap.windowCode()).orElse(null);
        String name = window == null ? gap.windowCode() : window.name();
        String stretch = gap.label();
        UUID id = raise(FindingKind.UNMANNED_WINDOW, key, window == null ? null : window.unitCode(), hall.code(),
            gap.windowCode(), null, name + " · " + stretch, 1, by);
        if (id != null) {
          UUID ref = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
          signal("UNMANNED", ref, stretch, window == null ? null : window.unitCode(), hall.code(), gap.windowCode(),
              null, gap.from());
          jdbc.sql("UPDATE supervision_signal SET finding_id = :f WHERE kind = 'UNMANNED' AND ref_id = :ref")
              .param("f", id).param("ref", ref).update();
          raised++;
        }
      }
    }
    return raised;
  }

  /** Inserts the finding unless its key exists (then null): no exception, so a concurrent round cannot abort ours. */
  private UUID raise(FindingKind kind, String key, String unit, String hall, String window, String staff,
      String subject, int count, String by) {
    UUID id = Ids.newId(clock);
    int inserted = jdbc.sql("""
            INSERT INTO supervision_finding (id, kind, dedupe_key, unit_code, hall_code, window_code, staff_username,
                subject, record_count, detected_at, detected_by)
            VALUES (:id, :kind, :key, :unit, :hall, :window, :staff, :subject, :count, :at, :by)
            ON CONFLICT DO NOTHING
            """)
        .param("id", id).param("kind", kind.name()).param("key", key).param("unit", unit).param("hall", hall)
        .param("window", window).param("staff", staff).param("subject", subject).param("count", count)
        .param("at", SqlTime.param(clock.instant())).param("by", by).update();
    if (inserted == 0) {
      return null;
    }
    audit.record("supervision.findingRaised", "finding", id, null,
        Map.of("kind", kind.name(), "key", key, "records", count));
    return id;
  }

  public Paged<Finding> findings(Actor actor, FindingKind kind, PageQuery page) {
    DataScope scope = DataScope.of(actor);
    var params = new LinkedHashMap<String, Object>(scope.params());
    String where = " WHERE " + scope.sql("unit_code", "hall_code", "window_code");
    if (kind != null) {
      where += " AND kind = :kind";
      params.put("kind", kind.name());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM supervision_finding" + where).params(params).query(Long.class).single();
    List<Finding> items = jdbc.sql("SELECT * FROM supervision_finding" + where
            + " ORDER BY detected_at DESC, id LIMIT :limit OFFSET :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset())
        .query(Findings::row).list();
    return page.result(items, total);
  }

  public Finding finding(Actor actor, UUID id) {
    return jdbc.sql("SELECT * FROM supervision_finding WHERE id = :id").param("id", id).query(Findings::row).optional()
        .filter(f -> DataScope.of(actor).permits(f.unitCode(), f.hallCode(), f.windowCode()))
        .orElseThrow(() -> new NotFoundException("supervision.finding.notFound"));
  }

  /** The records behind a finding. */
  public List<Finding.Signal> records(Actor actor, UUID findingId) {
    finding(actor, findingId);
    return jdbc.sql("SELECT * FROM supervision_signal WHERE finding_id = :id ORDER BY occurred_at, id")
        .param("id", findingId)
        .query((rs, n) -> new Finding.Signal(rs.getString("kind"), rs.getObject("ref_id", UUID.class),
            rs.getString("reference"), rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
            rs.getString("staff_username"), SqlTime.instant(rs, "occurred_at")))
        .list();
  }

  private static Finding row(ResultSet rs, int n) throws SQLException {
    return new Finding(rs.getObject("id", UUID.class), FindingKind.valueOf(rs.getString("kind")),
        rs.getString("unit_code"), rs.getString("hall_code"), rs.getString("window_code"),
        rs.getString("staff_username"), rs.getString("subject"), rs.getInt("record_count"),
        SqlTime.instant(rs, "detected_at"), rs.getString("detected_by"));
  }
}

package org.servicewindow.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.servicewindow.campaign.Campaigns.CampaignDetail;
import org.servicewindow.campaign.Campaigns.Deliverable;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.UnitSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the lead office watches: per unit traffic lights over every deliverable, reporting progress month by
 * month, the overdue board, the list of units that failed to report (for a circular, 通报), and service
 * figures before versus during the action where a {@link CampaignIndicators} source has them.
 */
@Service
public class CampaignBoard {

  /** The traffic light of a unit: red when anything due is missing, amber when anything came late. */
  public enum Light {
    GREEN,
    AMBER,
    RED
  }

  public record UnitStatus(UnitSummary unit, List<Deliverable> deliverables, int onTime, int late, int missing,
      int pending) {

    public Light light() {
      return missing > 0 ? Light.RED : late > 0 ? Light.AMBER : Light.GREEN;
    }

    /** The deliverable of a column, if the unit owes it. */
    public Deliverable at(Column column) {
      return deliverables.stream().filter(d -> d.kind() == column.kind() && d.period().equals(column.period()))
          .findFirst().orElse(null);
    }
  }

  /** One deliverable across all units (a column of the board, a point of the progress chart). */
  public record Column(DeliverableKind kind, String period, LocalDate dueOn, int onTime, int late, int missing,
      int pending) {}

  public record Comparison(LocalDate beforeFrom, LocalDate beforeTo, LocalDate duringFrom, LocalDate duringTo,
      List<ComparedFigure> figures) {}

  public record ComparedFigure(String key, String unitKey, Boolean higherIsBetter, Double before, Double during) {

    /** A figure as shown: whole numbers without decimals, "—" for no data. */
    public static String show(Double v) {
      if (v == null) {
        return "—";
      }
      return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    /** Whether the figure improved during the action; null when one side has no data. */
    public Boolean improved() {
      if (higherIsBetter == null || before == null || during == null || before.equals(during)) {
        return null;
      }
      return higherIsBetter == during > before;
    }
  }

  public record Dashboard(CampaignDetail campaign, List<Column> columns, List<UnitStatus> units, int onTime,
      int late, int missing, int pending) {}

  public record Overdue(Deliverable deliverable, UnitSummary unit, long daysOverdue, boolean remindedOverdue) {}

  /** A unit that did not hand in something due, for the circular. */
  public record Defaulter(UnitSummary unit, List<Deliverable> missing) {}

  private final Campaigns campaigns;
  private final List<CampaignIndicators> indicators;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private final Clock clock;

  CampaignBoard(Campaigns campaigns, List<CampaignIndicators> indicators,
      org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
    this.campaigns = campaigns;
    this.indicators = indicators;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(Actor actor, UUID campaignId) {
    CampaignDetail campaign = campaigns.get(campaignId);
    List<Deliverable> all = campaigns.deliverables(actor, campaignId);
    Map<String, List<Deliverable>> byUnit = new LinkedHashMap<>();
    for (Deliverable d : all) {
      byUnit.computeIfAbsent(d.unitCode(), k -> new ArrayList<>()).add(d);
    }
    List<UnitStatus> units = new ArrayList<>();
    for (UnitSummary u : campaign.units()) {
      List<Deliverable> list = byUnit.get(u.code());
      if (list != null) {
        units.add(status(u, list));
      }
    }
    Map<String, List<Deliverable>> byColumn = new LinkedHashMap<>();
    all.stream().sorted(java.util.Comparator.comparing(Deliverable::dueOn).thenComparing(Deliverable::kind))
        .forEach(d -> byColumn.computeIfAbsent(d.kind() + "|" + d.period(), k -> new ArrayList<>()).add(d));
    List<Column> columns = byColumn.values().stream().map(list -> {
      int[] c = count(list);
      Deliverable first = list.get(0);
      return new Column(first.kind(), first.period(), list.stream().map(Deliverable::dueOn).max(LocalDate::compareTo)
          .orElseThrow(), c[0], c[1], c[2], c[3]);
    }).toList();
    int[] t = count(all);
    return new Dashboard(campaign, columns, units, t[0], t[1], t[2], t[3]);
  }

  /**
   * Service figures over the same number of days just before the action and since it started (up to today
   * or the end of consolidation), for the actor's scope: a unit its own, the lead office the whole city.
   */
  @Transactional(readOnly = true)
  public Comparison comparison(Actor actor, UUID campaignId) {
    CampaignDetail campaign = campaigns.get(campaignId);
    LocalDate start = campaign.phase(Phase.ACTION).startsOn();
    LocalDate end = campaign.phase(Phase.CONSOLIDATION).endsOn();
    LocalDate today = ChinaTime.today(clock);
    if (today.isBefore(end)) {
      end = today;
    }
    DataScope scope = actor.scope();
    String unit = scope.level() == DataScope.Level.UNIT ? scope.unitCode() : null;
    if (end.isBefore(start)) {
      return new Comparison(null, null, null, null, List.of());
    }
    long days = Math.min(ChronoUnit.DAYS.between(start, end) + 1, 90);
    LocalDate beforeFrom = start.minusDays(days);
    LocalDate beforeTo = start.minusDays(1);
    return new Comparison(beforeFrom, beforeTo, start, end, compare(unit, beforeFrom, beforeTo, start, end));
  }

  /** Figures of every source for a unit (null: the city), this period against the one before. */
  List<ComparedFigure> compare(String unit, LocalDate beforeFrom, LocalDate beforeTo, LocalDate from, LocalDate to) {
    List<ComparedFigure> result = new ArrayList<>();
    for (CampaignIndicators source : indicators) {
      List<IndicatorFigure> before = source.figures(unit, beforeFrom, beforeTo);
      for (IndicatorFigure during : source.figures(unit, from, to)) {
        Double b = before.stream().filter(f -> f.key().equals(during.key())).map(IndicatorFigure::value)
            .filter(Objects::nonNull).findFirst().orElse(null);
        result.add(new ComparedFigure(during.key(), during.unitKey(), during.higherIsBetter(), b, during.value()));
      }
    }
    return result;
  }

  /** Everything due and not handed in (or returned and not handed in again), longest overdue first. */
  @Transactional(readOnly = true)
  public List<Overdue> overdue(Actor actor, UUID campaignId) {
    CampaignDetail campaign = campaigns.get(campaignId);
    LocalDate today = ChinaTime.today(clock);
    Map<String, UnitSummary> units = new LinkedHashMap<>();
    campaign.units().forEach(u -> units.put(u.code(), u));
    List<UUID> reminded = jdbc.sql("""
            SELECT r.deliverable_id FROM campaign_reminder r JOIN campaign_deliverable d ON d.id = r.deliverable_id
             WHERE d.campaign_id = :c AND r.kind = 'OVERDUE'""").param("c", campaignId).query(UUID.class).list();
    return campaigns.deliverables(actor, campaignId).stream()
        .filter(d -> today.isAfter(d.dueOn()) && ("OPEN".equals(d.status()) || "RETURNED".equals(d.status())))
        .map(d -> new Overdue(d, units.get(d.unitCode()), ChronoUnit.DAYS.between(d.dueOn(), today),
            reminded.contains(d.id())))
        .sorted(java.util.Comparator.comparing((Overdue o) -> o.deliverable().dueOn())
            .thenComparing(o -> o.deliverable().unitCode()))
        .toList();
  }

  /** Units that never handed in something already due — the names a circular (通报) lists. */
  @Transactional(readOnly = true)
  public List<Defaulter> defaulters(Actor actor, UUID campaignId) {
    Dashboard board = dashboard(actor, campaignId);
    return board.units().stream().filter(u -> u.missing() > 0)
        .map(u -> new Defaulter(u.unit(), u.deliverables().stream().filter(d -> d.timeliness() == Timeliness.MISSING)
            .toList()))
        .toList();
  }

  static UnitStatus status(UnitSummary unit, List<Deliverable> list) {
    int[] c = count(list);
    return new UnitStatus(unit, list, c[0], c[1], c[2], c[3]);
  }

  private static int[] count(List<Deliverable> list) {
    int[] c = new int[4];
    for (Deliverable d : list) {
      c[d.timeliness().ordinal()]++;
    }
    return c;
  }
}

package org.servicewindow.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.queue.QueueFloor;
import org.servicewindow.training.TrainingApi;
import org.springframework.stereotype.Component;

/**
 * The figures the public screen at a hall's entrance shows: today's tickets and waits, satisfaction today
 * and this month, and the hall's staff who hold titles this year (from training's API — assessment's
 * model windows and service stars are not published yet). Nothing personal beyond name and post.
 */
@Component
public class PublicScreen {

  public record Star(String name, String post, int titles) {}

  public record Screen(String hallCode, String hallName, Instant at, int waiting, int issuedToday, int servedToday,
      Double averageWaitToday, Double satisfactionToday, long evaluationsToday, Double satisfactionMonth,
      long evaluationsMonth, List<QueueFloor.Line> lines, List<Star> stars) {}

  private record CachedStars(Instant at, List<Star> stars) {}

  private final QueueFloor floor;
  private final CockpitQueries queries;
  private final OrganizationApi organization;
  private final TrainingApi training;
  private final Clock clock;
  private final Map<String, CachedStars> stars = new ConcurrentHashMap<>();

  PublicScreen(QueueFloor floor, CockpitQueries queries, OrganizationApi organization, TrainingApi training,
      Clock clock) {
    this.floor = floor;
    this.queries = queries;
    this.organization = organization;
    this.training = training;
    this.clock = clock;
  }

  public Screen of(HallSummary hall) {
    LocalDate today = ChinaTime.today(clock);
    QueueFloor.Snapshot s = floor.of(hall.code());
    CockpitQueries.Slice slice = new CockpitQueries.Slice(null, hall.code(), null, null);
    Figures day = queries.total(DataScope.ALL, slice, today, today);
    Figures month = queries.total(DataScope.ALL, slice, today.withDayOfMonth(1), today);
    return new Screen(hall.code(), hall.name(), clock.instant(), s.waitingTotal(), s.issuedToday(), s.servedToday(),
        day.averageWaitMinutes(), day.satisfactionRate(), day.evaluationTotal(), month.satisfactionRate(),
        month.evaluationTotal(), s.lines(), stars(hall));
  }

  /** Staff of the hall with titles this year, most titles first (remembered for ten minutes). */
  List<Star> stars(HallSummary hall) {
    Instant now = clock.instant();
    CachedStars cached = stars.get(hall.code());
    if (cached != null && cached.at().plusSeconds(600).isAfter(now) && !cached.at().isAfter(now)) {
      return cached.stars();
    }
    int year = ChinaTime.today(clock).getYear();
    List<Star> found = new ArrayList<>();
    if (hall.unitCode() != null) {
      for (StaffSummary staff : organization.activeStaffOf(hall.unitCode())) {
        if (hall.code().equals(staff.hallCode())) {
          try {
            int titles = training.indicatorsOfStaff(staff.id(), year).titles();
            if (titles > 0) {
              found.add(new Star(staff.name(), staff.post(), titles));
            }
          } catch (RuntimeException e) {
            // a staff member training does not know has no titles
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(Star::titles).reversed().thenComparing(Star::name));
    List<Star> top = List.copyOf(found.subList(0, Math.min(8, found.size())));
    stars.put(hall.code(), new CachedStars(now, top));
    return top;
  }
}

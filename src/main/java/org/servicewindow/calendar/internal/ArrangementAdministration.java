package org.servicewindow.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicewindow.calendar.HolidayArrangementPublished;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering a year's holiday arrangement: a preview of the calendar it makes and of the days whose status
 * it changes, then publishing it — audited, and announced so that provisional deadlines are recomputed.
 */
@Service
public class ArrangementAdministration {

  /**
   * What saving the text would do.
   *
   * @param parsed the days read and the problems found
   * @param calendar the calendar with this arrangement published (null while there are problems)
   * @param current the arrangement it replaces, if the year is published
   * @param changed the dates whose working status the save changes
   */
  public record Preview(int year, ArrangementText.Parsed parsed, WorkingCalendar calendar,
      Optional<HolidayArrangements.Summary> current, List<LocalDate> changed) {}

  private final HolidayArrangements arrangements;
  private final Calendars calendars;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ArrangementAdministration(HolidayArrangements arrangements, Calendars calendars, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.arrangements = arrangements;
    this.calendars = calendars;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public Preview preview(int year, String text) {
    ArrangementText.Parsed parsed = ArrangementText.parse(year, text);
    Optional<HolidayArrangements.Summary> current = arrangements.find(year);
    if (!parsed.valid()) {
      return new Preview(year, parsed, null, current, List.of());
    }
    WorkingCalendar before = calendars.current();
    WorkingCalendar after = before.withArrangement(year, parsed.days());
    List<LocalDate> changed = new ArrayList<>();
    LocalDate last = ArrangementWindow.lastDay(year);
    for (LocalDate d = ArrangementWindow.firstDay(year); !d.isAfter(last); d = d.plusDays(1)) {
      if (before.isWorkingDay(d) != after.isWorkingDay(d)) {
        changed.add(d);
      }
    }
    return new Preview(year, parsed, after, current, changed);
  }

  /** Publishes (or replaces) the arrangement of {@code year}; refuses a text with problems. */
  @Transactional
  public void publish(int year, String source, String text) {
    ArrangementText.Parsed parsed = ArrangementText.parse(year, text);
    if (!parsed.valid()) {
      throw new BusinessRuleException("calendar.arrangement.invalid", String.valueOf(year));
    }
    arrangements.raiseRevision();
    Optional<HolidayArrangements.Summary> before = arrangements.find(year);
    List<DayEntry> beforeDays = arrangements.daysOf(year);
    String by = CurrentActor.get().map(a -> a.username()).orElse(null);
    arrangements.replace(year, source.strip(), clock.instant(), by, parsed.days());
    audit.record("calendar.arrangementPublished", "holidayArrangement", year,
        before.map(b -> view(b.source(), beforeDays)).orElse(null), view(source.strip(), parsed.days()));
    events.publishEvent(new HolidayArrangementPublished(year));
  }

  private static Map<String, Object> view(String source, List<DayEntry> days) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("source", source);
    view.put("days", ArrangementText.format(days).lines().toList());
    return view;
  }
}

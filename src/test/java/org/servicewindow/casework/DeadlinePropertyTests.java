package org.servicewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicewindow.casework.internal.Deadlines;
import org.servicewindow.casework.internal.Deadlines.Pause;

/**
 * Seeded random histories of pauses and extensions: the due dates recomputed from the whole history equal
 * a day-by-day walk that skips paused days, never move earlier when time is added, and always fall on a
 * working day. The seed is printed on failure so a case can be replayed.
 */
class DeadlinePropertyTests {

  final PinnedCalendar calendar = new PinnedCalendar();
  final Deadlines deadlines = new Deadlines(calendar);

  @Test
  void recomputedDueDatesMatchADayByDayWalk() {
    long seed = 20261126L;
    Random random = new Random(seed);
    for (int run = 0; run < 2000; run++) {
      LocalDate accepted = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(280));
      int promised = 1 + random.nextInt(20);
      int legal = promised + random.nextInt(25);
      int extension = 0;
      List<Pause> pauses = new ArrayList<>();
      LocalDate previousPromised = deadlines.due(accepted, promised, legal, 0, pauses, accepted).promised();
      LocalDate cursor = accepted;
      int steps = random.nextInt(5);
      for (int s = 0; s < steps; s++) {
        LocalDate currentDue = deadlines.due(accepted, promised, legal, extension, pauses, cursor).promised();
        if (random.nextBoolean()) {
          long room = Math.max(1, currentDue.toEpochDay() - cursor.toEpochDay());
          LocalDate start = cursor.plusDays(1 + random.nextInt((int) Math.min(room, 20)));
          LocalDate end = start.plusDays(random.nextInt(15));
          pauses.add(new Pause(start, end));
          cursor = end;
        } else {
          extension += 1 + random.nextInt(10);
        }
        var due = deadlines.due(accepted, promised, legal, extension, pauses, cursor);
        String context = "seed " + seed + " run " + run + " accepted " + accepted + " pauses " + pauses + " ext " + extension;
        assertThat(due.promised()).as(context).isAfterOrEqualTo(previousPromised);
        previousPromised = due.promised();
      }
      var due = deadlines.due(accepted, promised, legal, extension, pauses, cursor);
      String context = "seed " + seed + " run " + run + " accepted " + accepted + " pauses " + pauses + " ext " + extension;
      assertThat(due.promised()).as(context).isEqualTo(walk(accepted, promised + extension, pauses));
      assertThat(due.legal()).as(context).isEqualTo(walk(accepted, legal + extension, pauses));
      assertThat(calendar.isWorkingDay(due.promised())).as(context).isTrue();
      assertThat(due.legal()).as(context).isAfterOrEqualTo(due.promised());
    }
  }

  /** The n-th working day after {@code from} that lies in no pause (a pause covers its start up to the day before its end). */
  private LocalDate walk(LocalDate from, int n, List<Pause> pauses) {
    LocalDate d = from;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      LocalDate day = d;
      boolean paused = pauses.stream().anyMatch(p -> !day.isBefore(p.startedOn()) && day.isBefore(p.endedOn()));
      if (calendar.isWorkingDay(d) && !paused) {
        counted++;
      }
    }
    return d;
  }
}

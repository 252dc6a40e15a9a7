package org.servicewindow.casework;

import java.time.Clock;
import java.time.LocalDate;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.casework.internal.CaseworkProperties;
import org.servicewindow.casework.internal.Deadlines;
import org.servicewindow.common.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * The colour of an open application: yellow when at most the configured number of working days is left
 * to the promised date, red once it is past; none while paused or decided.
 */
@Component
public class Warnings {

  public enum Level {
    NONE,
    YELLOW,
    RED
  }

  private final Deadlines deadlines;
  private final CaseworkProperties properties;
  private final Clock clock;

  Warnings(Deadlines deadlines, CaseworkProperties properties, Clock clock) {
    this.deadlines = deadlines;
    this.properties = properties;
    this.clock = clock;
  }

  public Level of(ApplicationStatus status, LocalDate promisedDue, LocalDate pausedSince) {
    return of(status, promisedDue, pausedSince, ChinaTime.today(clock));
  }

  public Level of(Application a) {
    return of(a.status(), a.promisedDue(), a.pausedSince());
  }

  Level of(ApplicationStatus status, LocalDate promisedDue, LocalDate pausedSince, LocalDate today) {
    if (status != ApplicationStatus.ACCEPTED || promisedDue == null || pausedSince != null) {
      return Level.NONE;
    }
    if (today.isAfter(promisedDue)) {
      return Level.RED;
    }
    return deadlines.daysLeft(today, promisedDue) <= properties.yellowDays() ? Level.YELLOW : Level.NONE;
  }

  /** The last promised date that is yellow today. */
  public LocalDate yellowLimit() {
    return yellowLimit(ChinaTime.today(clock));
  }

  LocalDate yellowLimit(LocalDate today) {
    return deadlines.due(today, properties.yellowDays(), properties.yellowDays(), 0, java.util.List.of(), today).promised();
  }

  public int yellowDays() {
    return properties.yellowDays();
  }
}

package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.servicewindow.calendar.OpeningHours;
import org.servicewindow.organization.internal.Avatars;
import org.servicewindow.organization.internal.OpeningHoursText;

/** Hours are stored and shown the way halls post them at the door; avatars show a given name. */
class OpeningHoursTextTests {

  @Test
  void consecutiveDaysWithTheSameHoursAreGroupedAndReadBack() {
    OpeningHours hours = OpeningHours.parse("MON 09:00-12:00,13:00-17:00; TUE-FRI 09:00-12:00,13:00-17:00; SAT 09:00-12:00");

    String compact = OpeningHoursText.compact(hours);

    assertThat(compact).isEqualTo("MON-FRI 09:00-12:00,13:00-17:00; SAT 09:00-12:00");
    assertThat(OpeningHours.parse(compact)).isEqualTo(hours);
    assertThat(OpeningHoursText.lines(hours)).hasSize(2);
    assertThat(OpeningHoursText.lines(hours).get(0).to()).isEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void aGapBetweenDaysStartsANewGroup() {
    OpeningHours hours = OpeningHours.parse("MON 09:00-12:00; WED 09:00-12:00");

    assertThat(OpeningHoursText.compact(hours)).isEqualTo("MON 09:00-12:00; WED 09:00-12:00");
  }

  @Test
  void anAvatarShowsTheGivenNameAndEscapesWhatItPrints() {
    assertThat(Avatars.svg("张晓燕", "BJ1")).contains(">晓燕</text>");
    assertThat(Avatars.svg("李伟", "BJ2")).contains(">伟</text>");
    assertThat(Avatars.svg("Anna Lee", "BJ3")).contains(">AL</text>");
    assertThat(Avatars.svg("<b>x</b>", "BJ4")).doesNotContain("<b>");
  }
}

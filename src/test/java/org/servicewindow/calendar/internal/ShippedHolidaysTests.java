package org.servicewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The migration that loads the official arrangements says exactly what the shipped CSV says. */
class ShippedHolidaysTests {

  @Test
  void theMigrationIsGeneratedFromTheShippedCsv() throws IOException {
    assertThat(Files.readString(ShippedHolidays.MIGRATION, StandardCharsets.UTF_8))
        .isEqualTo(ShippedHolidays.migration());
  }

  @Test
  void theShippedCsvKeepsItsSource() {
    assertThat(ShippedHolidays.csv()).startsWith("# Official PRC public-holiday arrangement")
        .contains("NateScarlet/holiday-cn");
    assertThat(ShippedHolidays.days()).hasSize(255);
  }
}

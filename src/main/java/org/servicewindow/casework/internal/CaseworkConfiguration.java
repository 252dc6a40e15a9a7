package org.servicewindow.casework.internal;

import org.servicewindow.calendar.WorkingDays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the deadline rules to the city's working-day calendar. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
class CaseworkConfiguration {

  @Bean
  Deadlines deadlines(WorkingDays workingDays) {
    return new Deadlines(new WorkingDayArithmetic() {
      @Override
      public org.servicewindow.calendar.WorkingDate add(java.time.LocalDate date, int days) {
        return workingDays.addWorkingDays(date, days);
      }

      @Override
      public org.servicewindow.calendar.WorkingDayCount count(java.time.LocalDate from, java.time.LocalDate to) {
        return workingDays.countWorkingDays(from, to);
      }
    });
  }
}

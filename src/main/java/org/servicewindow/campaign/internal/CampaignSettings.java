package org.servicewindow.campaign.internal;

import org.servicewindow.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The campaign's settings, with defaults in {@code campaign.properties} (lowest precedence). */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:campaign.properties")
public class CampaignSettings {

  @Bean
  DueDates campaignDueDates(WorkingDays workingDays, @Value("${sw.campaign.progress-due-day:25}") int day,
      @Value("${sw.campaign.progress-due-shift:PREVIOUS_WORKING_DAY}") DueDates.Shift shift) {
    return new DueDates(workingDays::isWorkingDay, workingDays::isPublished, day, shift);
  }
}

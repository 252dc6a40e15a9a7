package org.servicewindow.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of casework.
 *
 * @param yellowDays working days before the promised date from which an application shows yellow
 * @param supervisionEnabled whether the daily supervision round runs on this node
 * @param inquiryOpenHours how long an inquiry may stay open before the hall manager sees it as overdue
 */
@ConfigurationProperties("sw.casework")
public record CaseworkProperties(Integer yellowDays, Boolean supervisionEnabled,
    Integer inquiryOpenHours) {

  public CaseworkProperties {
    yellowDays = yellowDays == null ? 2 : yellowDays;
    inquiryOpenHours = inquiryOpenHours == null ? 24 : inquiryOpenHours;
    supervisionEnabled = supervisionEnabled == null || supervisionEnabled;
  }
}

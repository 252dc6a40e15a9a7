package org.servicewindow.prereview.internal;

import org.servicewindow.prereview.VirusScanner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings and the default (no-op) virus scanner. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PreReviewProperties.class)
class PreReviewConfiguration {

  @Bean
  @ConditionalOnMissingBean(VirusScanner.class)
  VirusScanner noVirusScanner() {
    return (content, name) -> true;
  }
}

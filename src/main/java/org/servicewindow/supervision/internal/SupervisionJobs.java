package org.servicewindow.supervision.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Supervision's background work — detecting findings and escalating overdue orders — run on one node at a time
 * through ShedLock (its own lock table). Both are safe to repeat: detection never raises a finding twice and an
 * order is escalated once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SupervisionJobs {

  private final Findings findings;
  private final Supervision supervision;
  private final boolean enabled;

  SupervisionJobs(Findings findings, Supervision supervision,
      @Value("${sw.supervision.jobs-enabled:true}") boolean enabled) {
    this.findings = findings;
    this.supervision = supervision;
    this.enabled = enabled;
  }

  @Bean
  static LockProvider supervisionLockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("supervision_shedlock").usingDbTime().build());
  }

  @Scheduled(fixedDelayString = "${sw.supervision.detection-interval:PT15M}", initialDelayString = "PT5M")
  @SchedulerLock(name = "supervision.detectFindings")
  void detectFindings() {
    if (enabled) {
      findings.detect("system");
    }
  }

  @Scheduled(fixedDelayString = "${sw.supervision.escalation-interval:PT1H}", initialDelayString = "PT6M")
  @SchedulerLock(name = "supervision.escalateOverdueOrders")
  void escalateOverdueOrders() {
    if (enabled) {
      supervision.escalateOverdue();
    }
  }
}

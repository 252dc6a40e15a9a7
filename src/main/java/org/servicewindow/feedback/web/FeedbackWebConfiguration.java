package org.servicewindow.feedback.web;

import jakarta.servlet.DispatcherType;
import java.util.Set;
import org.servicewindow.common.NavItem;
import org.servicewindow.identity.HttpAuthorizationRules;
import org.servicewindow.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * URL rules of 好差评. Rating is public (the token is the credential; the facade refuses people's logins
 * with 403); the evaluator device reads its window's screen with its device token.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackWebConfiguration {

  static final String[] LEDGER_READERS = {Role.STAFF.name(), Role.HALL_MANAGER.name(), Role.UNIT_ADMIN.name(),
      Role.INSPECTOR.name(), Role.LEADER.name()};
  static final String[] LEDGER_HANDLERS = {Role.STAFF.name(), Role.HALL_MANAGER.name(), Role.UNIT_ADMIN.name()};

  /** Who assigns the complaints that came without a unit (see NegativeFeedbackLedger#mayAssign). */
  static final String[] COMPLAINT_ASSIGNERS = {Role.HALL_MANAGER.name(), Role.INSPECTOR.name()};

  static final String[] STATISTICS_READERS = {Role.HALL_MANAGER.name(), Role.UNIT_ADMIN.name(), Role.INSPECTOR.name(),
      Role.LEADER.name()};

  @Bean
  NavItem appealsNav() {
    return new NavItem("nav.section.feedback", "nav.feedback.appeals", "/feedback/appeals", 310, Set.of(LEDGER_READERS));
  }

  @Bean
  NavItem statisticsNav() {
    return new NavItem("nav.section.feedback", "nav.feedback.statistics", "/feedback/statistics", 320,
        Set.of(STATISTICS_READERS));
  }

  @Bean
  NavItem publicResultsNav() {
    return new NavItem("nav.section.public", "nav.feedback.public", "/public/evaluations", 330, Set.of());
  }

  @Bean
  NavItem complaintEntryNav() {
    return new NavItem("nav.section.feedback", "nav.feedback.complaintNew", "/feedback/complaints/new", 305,
        Set.of(LEDGER_HANDLERS));
  }

  @Bean
  NavItem complaintInboxNav() {
    return new NavItem("nav.section.feedback", "nav.feedback.inbox", "/feedback/complaints/inbox", 304,
        Set.of(COMPLAINT_ASSIGNERS));
  }

  @Bean
  NavItem paperNav() {
    return new NavItem("nav.section.feedback", "nav.feedback.paper", "/feedback/paper", 306, Set.of(LEDGER_HANDLERS));
  }

  @Bean
  NavItem publicComplaintNav() {
    return new NavItem("nav.section.public", "nav.feedback.complaint", "/complaints", 335, Set.of());
  }

  @Bean
  NavItem ledgerNav() {
    return new NavItem("nav.section.feedback", "nav.feedback.ledger", "/feedback/ledger", 300, Set.of(LEDGER_READERS));
  }

  @Bean
  HttpAuthorizationRules feedbackRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // The live screen's closing (timeout, device gone) is an ASYNC dispatch of a request that was already
        // authorized; the bearer filter does not run again for it, so it must not meet the role rule.
        rules.requestMatchers(request -> request.getDispatcherType() == DispatcherType.ASYNC
                && "/api/v1/evaluator/events".equals(request.getServletPath())).permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/evaluations").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/v1/evaluations/export")
            .hasAnyRole(Role.INSPECTOR.name(), Role.SYSADMIN.name())
            .requestMatchers(HttpMethod.GET, "/api/v1/evaluator/screen", "/api/v1/evaluator/events").hasRole(Role.DEVICE_EVALUATOR.name());
      }

      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/e/*", "/e/*/thanks", "/evaluator").permitAll()
            .requestMatchers(HttpMethod.POST, "/e/*").permitAll()
            .requestMatchers(HttpMethod.GET, "/feedback/ledger", "/feedback/ledger/*").hasAnyRole(LEDGER_READERS)
            .requestMatchers(HttpMethod.POST, "/feedback/ledger/*/*").hasAnyRole(LEDGER_HANDLERS)
            .requestMatchers(HttpMethod.GET, "/feedback/appeals").hasAnyRole(LEDGER_READERS)
            .requestMatchers(HttpMethod.POST, "/feedback/appeals").hasRole(Role.STAFF.name())
            .requestMatchers(HttpMethod.POST, "/feedback/appeals/*/decide")
            .hasAnyRole(Role.HALL_MANAGER.name(), Role.INSPECTOR.name())
            .requestMatchers(HttpMethod.GET, "/feedback/statistics", "/feedback/statistics/export")
            .hasAnyRole(STATISTICS_READERS)
            .requestMatchers(HttpMethod.GET, "/public/evaluations", "/complaints").permitAll()
            .requestMatchers(HttpMethod.POST, "/complaints").permitAll()
            .requestMatchers(HttpMethod.GET, "/feedback/complaints/new", "/feedback/paper").hasAnyRole(LEDGER_HANDLERS)
            .requestMatchers(HttpMethod.POST, "/feedback/paper").hasAnyRole(LEDGER_HANDLERS)
            .requestMatchers(HttpMethod.POST, "/feedback/complaints").hasAnyRole(LEDGER_HANDLERS)
            .requestMatchers(HttpMethod.GET, "/feedback/ledger/*/attachments/*").hasAnyRole(LEDGER_READERS)
            .requestMatchers(HttpMethod.GET, "/feedback/complaints/inbox").hasAnyRole(COMPLAINT_ASSIGNERS)
            .requestMatchers(HttpMethod.POST, "/feedback/complaints/*/assign").hasAnyRole(COMPLAINT_ASSIGNERS);
      }
    };
  }
}

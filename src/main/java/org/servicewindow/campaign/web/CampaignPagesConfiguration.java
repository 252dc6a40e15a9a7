package org.servicewindow.campaign.web;

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
 * URL rules and menu entry of the campaign pages. The lead office (INSPECTOR) sets up, reviews and
 * evaluates; unit admins hand in their unit's deliverables and see only their own (the facade enforces
 * the data scope); leaders read. Boards of the whole city (overdue, evaluation, export) are not for units.
 */
@Configuration(proxyBeanMethods = false)
class CampaignPagesConfiguration {

  static final String[] READERS = {Role.INSPECTOR.name(), Role.LEADER.name(), Role.UNIT_ADMIN.name()};
  static final String[] CITY = {Role.INSPECTOR.name(), Role.LEADER.name()};
  static final String LEAD = Role.INSPECTOR.name();

  @Bean
  HttpAuthorizationRules campaignPageRules() {
    return new HttpAuthorizationRules() {
      @Override
      public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/campaigns/new").hasRole(LEAD)
            .requestMatchers(HttpMethod.GET, "/campaigns/*/overdue", "/campaigns/*/evaluation",
                "/campaigns/*/evaluation/*", "/campaigns/*/export", "/campaigns/*/report").hasAnyRole(CITY)
            .requestMatchers(HttpMethod.GET, "/campaigns", "/campaigns/*", "/campaigns/*/units/*",
                "/campaigns/attachments/*").hasAnyRole(READERS)
            .requestMatchers(HttpMethod.POST, "/campaigns/*/deliverables/*/submissions").hasRole(Role.UNIT_ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/campaigns", "/campaigns/*/copy", "/campaigns/*/deliverables/*/review",
                "/campaigns/*/evaluation/**").hasRole(LEAD);
      }
    };
  }

  @Bean
  NavItem campaignNav() {
    return new NavItem("nav.section.campaign", "nav.campaign.campaigns", "/campaigns", 900, Set.of(READERS));
  }
}

package org.servicewindow.training.internal;

import org.servicewindow.identity.HttpAuthorizationRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * URL rules of the training screens: unit admins organize, leaders decide nominations, readers see their
 * scope, staff take part under /training; the honour roll is public. The services check scope per record.
 */
@Component
class TrainingSecurity implements HttpAuthorizationRules {

  private static final String[] PEOPLE_WITH_MATERIALS = concat(TrainingAccess.READERS, TrainingAccess.PARTICIPANTS);

  @Override
  public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/public/honours").permitAll()
        .requestMatchers(HttpMethod.GET, "/training/sessions/*/materials/*").hasAnyRole(PEOPLE_WITH_MATERIALS)
        .requestMatchers("/training/**").hasAnyRole(TrainingAccess.PARTICIPANTS)
        .requestMatchers(HttpMethod.GET, "/admin/training/plans/new", "/admin/training/plans/*/sessions/new",
            "/admin/training/questions/new", "/admin/training/quizzes/new", "/admin/training/nominations/new",
            "/admin/training/sessions/*/qr.png", "/admin/training/questions/*/edit").hasAnyRole(TrainingAccess.ORGANIZERS)
        .requestMatchers(HttpMethod.POST, "/admin/training/nominations/*/approve", "/admin/training/nominations/*/reject")
        .hasAnyRole(TrainingAccess.DECIDERS)
        .requestMatchers(HttpMethod.POST, "/admin/training/nominations/*/publish").hasAnyRole(TrainingAccess.PUBLISHERS)
        .requestMatchers(HttpMethod.POST, "/admin/training/plans", "/admin/training/plans/*/sessions",
            "/admin/training/sessions/*/attendance", "/admin/training/sessions/*/materials", "/admin/training/questions",
            "/admin/training/quizzes", "/admin/training/nominations", "/admin/training/questions/*",
            "/admin/training/questions/*/active").hasAnyRole(TrainingAccess.ORGANIZERS)
        .requestMatchers(HttpMethod.GET, "/admin/training/**").hasAnyRole(TrainingAccess.READERS);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}

package org.servicewindow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes one audit row for every state-changing request that reached a controller: who, from where,
 * which endpoint, with what outcome. Bodies are never logged (they may hold passwords or ID numbers);
 * the domain writes behind the request add their own before/after rows. Rows are stored by {@link RequestLog}'s
 * group commit.
 */
@Configuration(proxyBeanMethods = false)
class RequestAuditInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final AuditTrail audit;
  private final RequestLog requestLog;

  RequestAuditInterceptor(AuditTrail audit, RequestLog requestLog) {
    this.audit = audit;
    this.requestLog = requestLog;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    Actor actor = CurrentActor.get().orElse(null);
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String path = request.getRequestURI();
    requestLog.append(audit.stamp(new AuditTrail.Entry(
        actor == null ? null : actor.username(),
        actor == null ? null : actor.unitCode(),
        actor == null ? null : actor.hallCode(),
        "http " + request.getMethod() + " " + (pattern == null ? path : pattern),
        null, null, request.getMethod(),
        path.length() > 500 ? path.substring(0, 500) : path,
        response.getStatus(), null, null)));
  }
}

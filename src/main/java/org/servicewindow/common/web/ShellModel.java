package org.servicewindow.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicewindow.common.DemoDataRunner;
import org.servicewindow.common.NavItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every page of the UI its shell: the menu entries the reader's roles allow, by section, the public entry
 * points (section {@value #PUBLIC_SECTION}, shown to everyone on the home page), the path for the active entry and
 * the demo notice. Added to a view about to be rendered, not as {@code @ModelAttribute} advice: that ran for every
 * API call too (a tenth of a device call's CPU under the queue's load) and would put its values into redirects.
 */
@Configuration(proxyBeanMethods = false)
class ShellModel implements HandlerInterceptor, WebMvcConfigurer {

  static final String PUBLIC_SECTION = "nav.section.public";

  private final List<NavItem> items;
  private final ObjectProvider<DemoDataRunner> demoData;

  ShellModel(List<NavItem> items, ObjectProvider<DemoDataRunner> demoData) {
    this.demoData = demoData;
    this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
      ModelAndView mav) {
    if (mav == null || mav.getView() instanceof RedirectView
        || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
      return;
    }
    // a value the controller put there itself stays
    var model = mav.getModelMap();
    model.putIfAbsent("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
    DemoDataRunner runner = demoData.getIfAvailable();
    // true while the demo's scores and rollups are still being computed after a first start
    model.putIfAbsent("demoDataPending", runner != null && runner.pending() > 0);
    model.putIfAbsent("publicLinks", items.stream().filter(i -> PUBLIC_SECTION.equals(i.section())).toList());
    model.putIfAbsent("navSections", navSections());
  }

  private Map<String, List<NavItem>> navSections() {
    Set<String> roles = currentRoles();
    Map<String, List<NavItem>> sections = new LinkedHashMap<>();
    for (NavItem item : items) {
      if (!PUBLIC_SECTION.equals(item.section()) && item.roles().stream().anyMatch(roles::contains)) {
        sections.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item);
      }
    }
    return sections;
  }

  private static Set<String> currentRoles() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Set.of();
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .collect(Collectors.toSet());
  }
}

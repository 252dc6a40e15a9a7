package org.servicewindow.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.servicewindow.common.DemoDataRunner;
import org.servicewindow.common.NavItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every page of the UI its navigation: the menu entries the reader's roles allow, by section, and
 * the public entry points (section {@value #PUBLIC_SECTION}, shown to everyone on the home page).
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

  private final List<NavItem> items;
  private final ObjectProvider<DemoDataRunner> demoData;
  private final Map<Method, Boolean> withBody = new ConcurrentHashMap<>();

  ShellModelAdvice(List<NavItem> items, ObjectProvider<DemoDataRunner> demoData) {
    this.demoData = demoData;
    this.items = items.stream()
        .sorted(Comparator.comparingInt(NavItem::order))
        .toList();
  }

  static final String PUBLIC_SECTION = "nav.section.public";

  /**
   * The shell's model for a page: the reader's menu, the public links, the path for the active entry and the demo
   * notice. One method, skipped for a handler that answers with a body (an API call has no page to fill, and under
   * the queue's load these attributes were computed for every device request).
   */
  @ModelAttribute
  void shell(HttpServletRequest request, Model model) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
        && answersWithBody(handler)) {
      return;
    }
    model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
    DemoDataRunner runner = demoData.getIfAvailable();
    // true while the demo's scores and rollups are still being computed after a first start
    model.addAttribute("demoDataPending", runner != null && runner.pending() > 0);
    model.addAttribute("publicLinks", items.stream().filter(i -> PUBLIC_SECTION.equals(i.section())).toList());
    model.addAttribute("navSections", navSections());
  }

  private boolean answersWithBody(HandlerMethod handler) {
    return withBody.computeIfAbsent(handler.getMethod(), m -> handler.hasMethodAnnotation(ResponseBody.class)
        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
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

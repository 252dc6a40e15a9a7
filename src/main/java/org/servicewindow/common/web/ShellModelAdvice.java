package org.servicewindow.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicewindow.common.DemoDataRunner;
import org.servicewindow.common.NavItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of the UI its navigation: the menu entries the reader's roles allow, by section, and
 * the public entry points (section {@value #PUBLIC_SECTION}, shown to everyone on the home page).
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

  private final List<NavItem> items;
  private final ObjectProvider<DemoDataRunner> demoData;

  ShellModelAdvice(List<NavItem> items, ObjectProvider<DemoDataRunner> demoData) {
    this.demoData = demoData;
    this.items = items.stream()
        .sorted(java.util.Comparator.comparingInt(NavItem::order))
        .toList();
  }

  static final String PUBLIC_SECTION = "nav.section.public";

  @ModelAttribute("currentPath")
  String currentPath(jakarta.servlet.http.HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** True while the demo's scores and rollups are still being computed after a first start. */
  @ModelAttribute("demoDataPending")
  boolean demoDataPending() {
    DemoDataRunner runner = demoData.getIfAvailable();
    return runner != null && runner.pending() > 0;
  }

  @ModelAttribute("publicLinks")
  List<NavItem> publicLinks() {
    return items.stream().filter(i -> PUBLIC_SECTION.equals(i.section())).toList();
  }

  @ModelAttribute("navSections")
  Map<String, List<NavItem>> navSections() {
    Set<String> roles = currentRoles();
    Map<String, List<NavItem>> sections = new LinkedHashMap<>();
    for (NavItem item : items) {
      if (!PUBLIC_SECTION.equals(item.section()) && item.roles().stream().anyMatch(roles::contains)) {
        sections.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>()).add(item);
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

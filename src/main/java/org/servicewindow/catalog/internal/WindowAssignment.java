package org.servicewindow.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Which windows handle which published items: the catalog's side of the organization's windows. The
 * queue routes tickets by this, and the public guide tells citizens where to go. Codes a window handles
 * that are not catalog items (set up by others) are kept as they are.
 */
@Service
public class WindowAssignment {

  /** A window in the list, with the names of the items it handles. */
  public record Line(WindowSummary window, List<String> itemNames, int otherCodes) {}

  private final OrganizationApi organization;
  private final ServiceItems items;

  WindowAssignment(OrganizationApi organization, ServiceItems items) {
    this.organization = organization;
    this.items = items;
  }

  /** The halls with windows the actor may give items to. */
  public List<HallSummary> halls(Actor actor) {
    return organization.halls().stream()
        .filter(h -> organization.windowsOf(h.code()).stream().anyMatch(w -> permits(actor, w)))
        .toList();
  }

  public Paged<Line> windows(Actor actor, String hallCode, PageQuery page) {
    List<WindowSummary> all = organization.windowsOf(hallCode).stream().filter(w -> permits(actor, w)).toList();
    List<WindowSummary> slice = all.stream().skip(page.offset()).limit(page.size()).toList();
    Map<String, String> names = names();
    List<Line> lines = new ArrayList<>();
    for (WindowSummary w : slice) {
      List<String> codes = organization.servicesOf(w.code());
      List<String> known = codes.stream().filter(names::containsKey).map(names::get).toList();
      lines.add(new Line(w, known, codes.size() - known.size()));
    }
    return page.result(lines, all.size());
  }

  public WindowSummary window(Actor actor, String windowCode) {
    return organization.window(windowCode).filter(w -> permits(actor, w))
        .orElseThrow(() -> new NotFoundException("catalog.window.notFound", windowCode));
  }

  public List<String> assigned(String windowCode) {
    return organization.servicesOf(windowCode);
  }

  /** The published items to choose from, grouped by implementing unit. */
  public Map<String, List<ServiceItems.Published>> choices() {
    Map<String, List<ServiceItems.Published>> byUnit = new LinkedHashMap<>();
    items.allPublished().forEach(p -> byUnit.computeIfAbsent(p.unitCode(), u -> new ArrayList<>()).add(p));
    return byUnit;
  }

  /**
   * Makes the window handle exactly these published items (and whatever non-catalog codes it had).
   *
   * @throws BusinessRuleException naming a code that is not a published item
   */
  public List<String> assign(Actor actor, String windowCode, List<String> itemCodes) {
    WindowSummary window = window(actor, windowCode);
    if (!CatalogAccess.mayAssign(actor, window.unitCode(), window.hallCode(), window.code())) {
      throw new AccessDeniedException("may not assign items to this window");
    }
    Set<String> chosen = new LinkedHashSet<>(itemCodes);
    Set<String> published = new java.util.HashSet<>();
    items.published(chosen).forEach(p -> published.add(p.code()));
    chosen.stream().filter(c -> !published.contains(c)).findFirst().ifPresent(c -> {
      throw new BusinessRuleException("catalog.window.unknownItem", c);
    });
    Set<String> result = new LinkedHashSet<>(chosen);
    organization.servicesOf(windowCode).stream().filter(c -> !items.exists(c)).forEach(result::add);
    organization.assignServices(windowCode, result);
    return List.copyOf(result);
  }

  private static boolean permits(Actor actor, WindowSummary w) {
    return CatalogAccess.mayAssign(actor, w.unitCode(), w.hallCode(), w.code());
  }

  private Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    items.allPublished().forEach(p -> names.put(p.code(), p.name()));
    return names;
  }
}

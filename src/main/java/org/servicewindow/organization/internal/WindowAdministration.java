package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.organization.WindowServicesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Windows of a hall: the hall manager arranges them, the staffing unit's admin keeps its own; the
 * services a window handles are replaced as a whole and announced, so the queue re-routes by them.
 */
@Service
public class WindowAdministration {

  /** What an administrator enters for a window. */
  public record WindowDetails(
      String code,
      String hallCode,
      int number,
      String name,
      int floor,
      String zone,
      String unitCode,
      boolean open,
      List<String> serviceCodes) {}

  private final Windows windows;
  private final Halls halls;
  private final Units units;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WindowAdministration(
      Windows windows, Halls halls, Units units, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.windows = windows;
    this.halls = halls;
    this.units = units;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public Paged<Windows.Listing> search(Actor actor, Windows.Criteria criteria, PageQuery page) {
    return windows.search(criteria, actor.scope(), page);
  }

  public Window get(Actor actor, String code) {
    return windows.find(code, actor.scope()).orElseThrow(() -> new NotFoundException("org.window.notFound", code));
  }

  public List<Window> choices(Actor actor) {
    return windows.inScope(actor.scope());
  }

  public static boolean mayEdit(Actor actor, Window window) {
    return Access.mayWrite(actor, window.unitCode(), window.hallCode(), window.code());
  }

  @Transactional
  public Window create(Actor actor, WindowDetails d) {
    Access.requireManager(actor);
    String code = d.code().trim();
    if (windows.exists(code)) {
      throw new ConflictException("org.window.codeTaken", code);
    }
    Instant now = clock.instant();
    Window window = build(code, d.hallCode(), d, now, now);
    if (!mayEdit(actor, window)) {
      throw new BusinessRuleException("org.window.outsideScope");
    }
    windows.insert(window);
    audit.record("window.created", "window", code, null, window);
    replaceServices(window, d.serviceCodes());
    return window;
  }

  @Transactional
  public Window update(Actor actor, String code, WindowDetails d) {
    Window before = editable(actor, code);
    Window after = build(code, before.hallCode(), d, before.createdAt(), clock.instant());
    if (!mayEdit(actor, after)) {
      throw new BusinessRuleException("org.window.outsideScope");
    }
    windows.update(after);
    audit.record("window.updated", "window", code, before, after);
    replaceServices(after, d.serviceCodes());
    return after;
  }

  @Transactional
  public void delete(Actor actor, String code) {
    Window before = editable(actor, code);
    if (windows.isReferenced(code)) {
      throw new ConflictException("org.window.inUse", before.name());
    }
    List<String> services = windows.servicesOf(code);
    windows.delete(code);
    audit.record("window.deleted", "window", code, before, null);
    if (!services.isEmpty()) {
      events.publishEvent(new WindowServicesChanged(code, before.hallCode(), List.of()));
    }
  }

  /** Replaces what a window handles (the catalog's entry point); announces a change, ignores a repeat. */
  @Transactional
  public void assignServices(String windowCode, Collection<String> serviceCodes) {
    Window window = windows.find(windowCode).orElseThrow(() -> new NotFoundException("org.window.notFound", windowCode));
    replaceServices(window, serviceCodes);
  }

  private Window editable(Actor actor, String code) {
    Access.requireManager(actor);
    Window window = get(actor, code);
    if (!mayEdit(actor, window)) {
      throw new AccessDeniedException("window outside the actor's write scope");
    }
    return window;
  }

  private void replaceServices(Window window, Collection<String> serviceCodes) {
    List<String> codes = serviceCodes.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().sorted().toList();
    codes.stream().filter(c -> !Codes.isService(c)).findFirst().ifPresent(bad -> {
      throw new BusinessRuleException("org.window.serviceCode", bad);
    });
    List<String> before = windows.servicesOf(window.code());
    if (before.equals(codes)) {
      return;
    }
    windows.replaceServices(window.code(), codes);
    audit.record("window.servicesAssigned", "window", window.code(), before, codes);
    events.publishEvent(new WindowServicesChanged(window.code(), window.hallCode(), codes));
  }

  private Window build(String code, String hallCode, WindowDetails d, Instant createdAt, Instant updatedAt) {
    Hall hall = halls.find(Sql.blankToNull(hallCode) == null ? "" : hallCode.trim())
        .orElseThrow(() -> new BusinessRuleException("org.hall.unknown", String.valueOf(hallCode)));
    String unit = Sql.blankToNull(d.unitCode());
    if (unit == null || !units.exists(unit)) {
      throw new BusinessRuleException("org.unit.unknown", String.valueOf(unit));
    }
    if (d.number() < 1 || d.number() > 999) {
      throw new BusinessRuleException("org.window.numberRange", 1, 999);
    }
    if (windows.numberTaken(hall.code(), d.number(), code)) {
      throw new ConflictException("org.window.numberTaken", d.number(), hall.name());
    }
    if (d.floor() < 1 || d.floor() > hall.floors()) {
      throw new BusinessRuleException("org.window.floorRange", hall.name(), hall.floors());
    }
    String name = Sql.present(d.name()) ? d.name().trim() : defaultName(d.number());
    return new Window(code, hall.code(), d.number(), name, d.floor(), Sql.blankToNull(d.zone()), unit, d.open(),
        createdAt, updatedAt);
  }

  /** What the board says when nobody named the window: 1号窗口. */
  public static String defaultName(int number) {
    return number + "号窗口";
  }
}

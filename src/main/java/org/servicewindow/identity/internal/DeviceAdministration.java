package org.servicewindow.identity.internal;

import java.time.Clock;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.DataScope;
import org.servicewindow.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers devices and revokes them. A hall manager manages the devices of their own hall only; the
 * token is returned once, at creation, and never again.
 */
@Service
public class DeviceAdministration {

  public record Registered(Device device, String token) {}

  private final Devices devices;
  private final Tokens tokens;
  private final AuditTrail audit;
  private final Clock clock;

  DeviceAdministration(Devices devices, Tokens tokens, AuditTrail audit, Clock clock) {
    this.devices = devices;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  public Paged<Device> list(Actor actor, boolean includeRevoked, PageQuery page) {
    return devices.search(scopeOf(actor), includeRevoked, page);
  }

  @Transactional
  public Registered register(Actor actor, String name, DeviceKind kind, String hallCode, String windowCode) {
    String hall = blankToNull(hallCode);
    String window = blankToNull(windowCode);
    if (kind.needsHall() && hall == null) {
      throw new BusinessRuleException("device.hallRequired");
    }
    if (kind.needsWindow() && window == null) {
      throw new BusinessRuleException("device.windowRequired");
    }
    if (kind == DeviceKind.MONITOR && !actor.has(Role.SYSADMIN)) {
      throw new BusinessRuleException("device.monitorSysadminOnly");
    }
    if (!scopeOf(actor).permits(null, hall, window)) {
      throw new BusinessRuleException("device.outsideScope", hall);
    }
    UUID id = Ids.newId(clock);
    Tokens.Issued token = tokens.issue(Tokens.Kind.DEVICE, id.toString(), null);
    Device device = new Device(id, name.trim(), kind, kind.needsHall() ? hall : null,
        kind.needsWindow() ? window : null, token.id(), clock.instant(), actor.username(), null, null);
    devices.insert(device);
    audit.record("device.registered", "device", id, null, device);
    return new Registered(device, token.token());
  }

  @Transactional
  public void revoke(Actor actor, UUID id) {
    Device device = devices.findById(id)
        .filter(d -> scopeOf(actor).permits(null, d.hallCode(), d.windowCode()))
        .orElseThrow(() -> new NotFoundException("device.notFound"));
    devices.markRevoked(id, clock.instant());
    if (device.tokenId() != null) {
      tokens.revoke(device.tokenId());
    }
    audit.record("device.revoked", "device", id, device, null);
  }

  /** System operators manage every device; a hall manager, those of their hall. */
  private static DataScope scopeOf(Actor actor) {
    if (actor.has(Role.SYSADMIN)) {
      return DataScope.ALL;
    }
    if (actor.has(Role.HALL_MANAGER) && actor.hallCode() != null) {
      return new DataScope(DataScope.Level.HALL, null, actor.hallCode(), null);
    }
    return DataScope.NONE;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

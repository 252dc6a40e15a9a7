package org.servicewindow.assessment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.WindowSummary;

/** The organization as one run sees it: names and the unit/hall of every window and staff member. */
final class Directory {

  final Map<String, UnitSummary> units = new HashMap<>();
  final Map<String, HallSummary> halls = new HashMap<>();
  final Map<String, WindowSummary> windows = new HashMap<>();
  final Map<String, StaffSummary> staffByUser = new HashMap<>();
  final Map<UUID, StaffSummary> staffById = new HashMap<>();
  private final OrganizationApi organization;

  Directory(OrganizationApi organization) {
    this.organization = organization;
    for (UnitSummary u : organization.units()) {
      units.put(u.code(), u);
      for (StaffSummary s : organization.activeStaffOf(u.code())) {
        staffById.put(s.id(), s);
        if (s.username() != null) {
          staffByUser.put(s.username(), s);
        }
      }
    }
    for (HallSummary h : organization.halls()) {
      halls.put(h.code(), h);
      for (WindowSummary w : organization.windowsOf(h.code())) {
        windows.put(w.code(), w);
      }
    }
  }

  /** A staff member by login, also one who left (looked up once). */
  StaffSummary staff(String username) {
    if (username == null) {
      return null;
    }
    return staffByUser.computeIfAbsent(username, u -> organization.staffOfUser(u).orElse(null));
  }

  /** The unit a record belongs to: its own, else its window's, else its hall's. */
  String unitOf(String unit, String hall, String window) {
    if (unit != null) {
      return unit;
    }
    WindowSummary w = window == null ? null : windows.get(window);
    if (w != null) {
      return w.unitCode();
    }
    HallSummary h = hall == null ? null : halls.get(hall);
    return h == null ? null : h.unitCode();
  }

  String hallName(String code) {
    HallSummary h = halls.get(code);
    return h == null ? code : h.name();
  }

  String unitName(String code) {
    UnitSummary u = units.get(code);
    return u == null ? code : u.name();
  }

  String windowName(String code) {
    WindowSummary w = windows.get(code);
    return w == null ? code : hallName(w.hallCode()) + " " + w.name();
  }

  List<String> windowCodesOf(StaffSummary s) {
    return s == null ? List.of() : s.windowCodes();
  }
}

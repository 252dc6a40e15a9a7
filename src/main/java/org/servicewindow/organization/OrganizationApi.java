package org.servicewindow.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.servicewindow.organization.internal.Hall;
import org.servicewindow.organization.internal.Halls;
import org.servicewindow.organization.internal.ResponsibleStaff;
import org.servicewindow.organization.internal.StaffMember;
import org.servicewindow.organization.internal.StaffMembers;
import org.servicewindow.organization.internal.Unit;
import org.servicewindow.organization.internal.Units;
import org.servicewindow.organization.internal.Window;
import org.servicewindow.organization.internal.WindowAdministration;
import org.servicewindow.organization.internal.Windows;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask the organization: look-ups by code, which services a window handles, and
 * above all who is responsible for a window or a service at a moment — the staff member on duty, or
 * their A/B partner while they are away, so calls and cases reach someone who is there.
 */
@Service
public class OrganizationApi {

  private final Units units;
  private final Halls halls;
  private final Windows windows;
  private final StaffMembers staff;
  private final WindowAdministration windowAdministration;
  private final ResponsibleStaff responsible;

  OrganizationApi(
      Units units,
      Halls halls,
      Windows windows,
      StaffMembers staff,
      WindowAdministration windowAdministration,
      ResponsibleStaff responsible) {
    this.units = units;
    this.halls = halls;
    this.windows = windows;
    this.staff = staff;
    this.windowAdministration = windowAdministration;
    this.responsible = responsible;
  }

  public Optional<UnitSummary> unit(String unitCode) {
    return units.find(unitCode).map(Unit::summary);
  }

  /** Every unit by code (a city has tens of them), e.g. to choose the unit that implements a service item. */
  public List<UnitSummary> units() {
    return units.inScope(org.servicewindow.identity.DataScope.ALL).stream().map(Unit::summary).toList();
  }

  public Optional<HallSummary> hall(String hallCode) {
    return halls.find(hallCode).map(Hall::summary);
  }

  /** Every hall and branch hall, by code (a city has tens of them). */
  public List<HallSummary> halls() {
    return halls.all().stream().map(Hall::summary).toList();
  }

  public Optional<WindowSummary> window(String windowCode) {
    return windows.find(windowCode).map(Window::summary);
  }

  /** The windows of a hall, by number. */
  public List<WindowSummary> windowsOf(String hallCode) {
    return windows.ofHall(hallCode).stream().map(Window::summary).toList();
  }

  public Optional<StaffSummary> staff(String staffNumber) {
    return staff.findByNumber(staffNumber).map(StaffMember::summary);
  }

  /**
   * The active staff of a unit (of every unit when {@code unitCode} is null), by staff number — e.g. who is
   * expected at a unit's training session.
   */
  public List<StaffSummary> activeStaffOf(String unitCode) {
    var scope = unitCode == null ? org.servicewindow.identity.DataScope.ALL : org.servicewindow.identity.DataScope.unit(unitCode);
    return staff.activeInScope(scope).stream().map(StaffMember::summary).toList();
  }

  /** The staff record of a login, e.g. to name the person who called a ticket. */
  public Optional<StaffSummary> staffOfUser(String username) {
    return staff.findByUsername(username).map(StaffMember::summary);
  }

  /** The service item codes a window handles, sorted. */
  public List<String> servicesOf(String windowCode) {
    return windows.servicesOf(windowCode);
  }

  /** The windows of a hall (or of every hall when {@code hallCode} is null) that handle a service. */
  public List<WindowSummary> windowsHandling(String hallCode, String serviceCode) {
    return windows.handling(hallCode, serviceCode).stream().map(Window::summary).toList();
  }

  /**
   * Replaces the services a window handles (the catalog's call); audited, and announced with
   * {@link WindowServicesChanged} when anything changed.
   *
   * @throws org.servicewindow.common.NotFoundException for an unknown window
   */
  public void assignServices(String windowCode, Collection<String> serviceCodes) {
    windowAdministration.assignServices(windowCode, serviceCodes);
  }

  /**
   * Who answers at a window at that instant: the staff member the roster puts there that day (or, with
   * no roster, the A of the window's post), or — while they are away — their A/B partner. Empty when
   * nobody can (an unmanned window) or the window is unknown.
   */
  public Optional<StaffSummary> responsibleStaffFor(String windowCode, Instant at) {
    return responsible.forWindow(windowCode, at).map(StaffMember::summary);
  }

  /**
   * Who answers for a service at that instant: the A of the first post covering it who is present, else
   * that post's B; without a post, whoever is responsible at a window handling it.
   *
   * @param hallCode the hall, or null for any hall
   */
  public Optional<StaffSummary> responsibleStaffForService(String hallCode, String serviceCode, Instant at) {
    return responsible.forService(hallCode, serviceCode, at).map(StaffMember::summary);
  }

  /**
   * Who handles what a given staff member owns (their open cases, say) at that instant: themselves while
   * present, their A/B partner while they are away.
   */
  public Optional<StaffSummary> responsibleStaffInPlaceOf(String staffNumber, Instant at) {
    return staff.findByNumber(staffNumber).flatMap(s -> responsible.inPlaceOf(s.id(), at)).map(StaffMember::summary);
  }
}

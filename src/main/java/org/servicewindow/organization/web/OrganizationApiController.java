package org.servicewindow.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.organization.internal.OpeningHoursText;
import org.servicewindow.organization.internal.Windows;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Halls and windows for devices and other systems (api.md, "Queue": {@code /halls}, {@code /halls/{hall}/windows}). */
@RestController
@Tag(name = "Organization")
class OrganizationApiController {

  record HallJson(
      String code, String name, String address, int floors, String parentCode, String openingHours,
      boolean onlineTicketing, String unitCode) {

    static HallJson of(HallSummary h) {
      return new HallJson(h.code(), h.name(), h.address(), h.floors(), h.parentCode(),
          OpeningHoursText.compact(h.openingHours()), h.onlineTicketing(), h.unitCode());
    }
  }

  /** A window with the services it handles and who is responsible there now (api.md's fields first). */
  record WindowJson(
      String code, String name, List<String> serviceCodes, String staffUsername, boolean open, String hallCode,
      int number, int floor, String zone, String unitCode, String staffName, String staffNumber) {}

  private final OrganizationApi organization;
  private final Windows windows;
  private final Clock clock;

  OrganizationApiController(OrganizationApi organization, Windows windows, Clock clock) {
    this.organization = organization;
    this.windows = windows;
    this.clock = clock;
  }

  @GetMapping(path = "/api/v1/halls", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Every hall and branch hall (public)")
  List<HallJson> halls() {
    return organization.halls().stream().map(HallJson::of).toList();
  }

  @GetMapping(path = "/api/v1/halls/{hall}/windows", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The windows of a hall, with their services and the staff member responsible now")
  List<WindowJson> windowsOf(@PathVariable String hall) {
    organization.hall(hall).orElseThrow(() -> new NotFoundException("org.hall.notFound", hall));
    List<WindowSummary> found = organization.windowsOf(hall);
    Map<String, List<String>> services = windows.servicesOf(found.stream().map(WindowSummary::code).toList());
    Instant now = clock.instant();
    return found.stream().map(w -> json(w, services.getOrDefault(w.code(), List.of()), now)).toList();
  }

  @GetMapping(path = "/api/v1/windows/{window}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One window, its services and the staff member responsible now")
  WindowJson window(@PathVariable String window) {
    WindowSummary w = organization.window(window).orElseThrow(() -> new NotFoundException("org.window.notFound", window));
    return json(w, organization.servicesOf(window), clock.instant());
  }

  private WindowJson json(WindowSummary w, List<String> services, Instant now) {
    StaffSummary staff = organization.responsibleStaffFor(w.code(), now).orElse(null);
    return new WindowJson(w.code(), w.name(), services, staff == null ? null : staff.username(), w.open(), w.hallCode(),
        w.number(), w.floor(), w.zone(), w.unitCode(), staff == null ? null : staff.name(),
        staff == null ? null : staff.staffNumber());
  }
}

package org.servicewindow.queue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.Appointments;
import org.servicewindow.queue.TicketView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Appointment check-in for kiosks (and staff of the hall): the booking becomes a ticket. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queue")
class AppointmentApiController {

  record CheckInBody(
      @NotBlank @Pattern(regexp = "^([0-9]{6}|1[3-9][0-9]{9})$", message = "{queue.appointment.codeOrPhone}") String code) {}

  /** The ticket of a checked-in appointment, in the shape of an issued ticket (api.md). */
  record CheckedInJson(java.util.UUID id, String number, String hallCode, String serviceCode, String serviceName,
      String status, String priority, java.time.OffsetDateTime issuedAt, int ahead, int estimatedWaitMinutes,
      String statusUrl) {}

  private final PublicAddress address;
  private final Appointments appointments;

  AppointmentApiController(Appointments appointments, PublicAddress address) {
    this.appointments = appointments;
    this.address = address;
  }

  @PostMapping(path = "/halls/{hall}/appointments/check-in", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Check in an appointment by its code or the phone it was booked with; returns its ticket")
  ResponseEntity<CheckedInJson> checkIn(@PathVariable String hall, @Valid @RequestBody CheckInBody body,
      @AuthenticationPrincipal Actor actor) {
    TicketView t = appointments.checkIn(hall, body.code(), actor);
    String statusUrl = address.absolute("/q/" + t.id());
    return ResponseEntity.created(URI.create(statusUrl)).body(new CheckedInJson(t.id(), t.number(), t.hallCode(),
        t.serviceCode(), t.serviceName(), t.status().name(), t.priority().name(),
        org.servicewindow.common.ChinaTime.toOffset(t.issuedAt()), t.ahead(), t.estimatedWaitMinutes(), statusUrl));
  }
}

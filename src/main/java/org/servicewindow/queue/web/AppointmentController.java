package org.servicewindow.queue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.QrCodes;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.Appointments;
import org.servicewindow.queue.internal.AppointmentBook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking an appointment on the public site, one question per page: the hall, the service, the day and
 * time, then name and phone. The confirmation page (its address is the booking's random id) shows the
 * code and its QR code for the kiosk, and lets the citizen cancel.
 */
@Controller
@RequestMapping("/appointments")
class AppointmentController {

  record BookingForm(
      @NotBlank @Size(max = 50) String name,
      @NotBlank @Pattern(regexp = "^1[3-9][0-9]{9}$", message = "{queue.phone.invalid}") String phone) {}

  private final Appointments appointments;
  private final OrganizationApi organization;
  private final OnlineIssueLimiter limiter;

  AppointmentController(Appointments appointments, OrganizationApi organization, OnlineIssueLimiter limiter) {
    this.appointments = appointments;
    this.organization = organization;
    this.limiter = limiter;
  }

  @GetMapping
  String halls(Model model) {
    model.addAttribute("halls", appointments.hallsTakingBookings());
    return "queue/appointments/halls";
  }

  @GetMapping("/halls/{hall}")
  String services(@PathVariable String hall, Model model) {
    model.addAttribute("hall", hall(hall));
    model.addAttribute("services", appointments.bookableServices(hall));
    return "queue/appointments/services";
  }

  @GetMapping("/halls/{hall}/services/{service}")
  String slots(@PathVariable String hall, @PathVariable String service, @RequestParam(required = false) LocalDate day,
      Model model) {
    HallSummary h = hall(hall);
    List<LocalDate> days = appointments.bookableDays(h.code(), service);
    LocalDate chosen = day != null && days.contains(day) ? day : days.isEmpty() ? null : days.get(0);
    model.addAttribute("hall", h);
    model.addAttribute("service", appointments.service(h.code(), service));
    model.addAttribute("days", days);
    model.addAttribute("day", chosen);
    model.addAttribute("slots", chosen == null ? List.of() : appointments.slotsOn(h.code(), service, chosen));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new BookingForm("", ""));
    }
    return "queue/appointments/slots";
  }

  @PostMapping("/slots/{slot}")
  String book(@PathVariable UUID slot, @Valid @ModelAttribute("form") BookingForm form, BindingResult errors,
      @RequestParam String hall, @RequestParam String service, @RequestParam(required = false) LocalDate day,
      HttpServletRequest request, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        limiter.check(request.getRemoteAddr(), form.phone());
        Appointments.Booking booking = appointments.book(slot, form.name(), form.phone());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("queue.appointment.booked"));
        return "redirect:/appointments/" + booking.id();
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    model.addAttribute("chosenSlot", slot);
    return slots(hall, service, day, model);
  }

  @GetMapping("/{id}")
  String booking(@PathVariable UUID id, Model model) {
    Appointments.Booking booking = appointments.booking(id);
    model.addAttribute("booking", booking);
    model.addAttribute("qr", QrCodes.dataUri(booking.code(), 220));
    model.addAttribute("open", booking.status() == AppointmentBook.Status.BOOKED);
    return "queue/appointments/booking";
  }

  @PostMapping("/{id}/cancel")
  String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      appointments.cancel(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("queue.appointment.cancelled"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/appointments/" + id;
  }

  private HallSummary hall(String code) {
    return organization.hall(code).orElseThrow(() -> new NotFoundException("queue.hallNotFound", code));
  }
}

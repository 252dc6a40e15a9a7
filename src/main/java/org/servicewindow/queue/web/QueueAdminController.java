package org.servicewindow.queue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.Appointments;
import org.servicewindow.queue.QueueAdministration;
import org.servicewindow.queue.QueueAdministration.HallSettings;
import org.servicewindow.queue.internal.QueueServices.Kind;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Queue administration of a hall (hall manager, operator): the services its kiosks offer, how calling
 * behaves, and the appointment slots. Forms are post/redirect/get and keep what was typed on a refusal.
 */
@Controller
@RequestMapping("/admin/queue")
class QueueAdminController {

  record ServiceForm(
      @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{queue.admin.codeFormat}") String serviceCode,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Pattern(regexp = "^[A-Za-z]{1,2}$", message = "{queue.admin.prefixFormat}") String prefix,
      @NotNull Kind kind,
      @NotNull @Min(0) @Max(9999) Integer sortOrder,
      boolean enabled) {

    static ServiceForm of(QueueService s) {
      return new ServiceForm(s.serviceCode(), s.name(), s.prefix(), s.kind(), s.sortOrder(), s.enabled());
    }

    QueueService service(String hall) {
      return new QueueService(hall, serviceCode.trim(), name.trim(), prefix.trim().toUpperCase(), kind, sortOrder, enabled);
    }
  }

  record SettingsForm(
      @NotNull @Min(0) @Max(10) Integer maxRecalls,
      @NotNull @Min(1) @Max(20) Integer greenCap,
      @NotNull @Min(1) @Max(60) Integer callTimeoutMinutes,
      @Size(max = 500) String notice,
      @NotNull @Min(0) @Max(120) Integer appointmentGraceMinutes) {

    static SettingsForm of(HallSettings s) {
      return new SettingsForm(s.maxRecalls(), s.greenCap(), s.callTimeoutMinutes(), s.notice(), s.appointmentGraceMinutes());
    }
  }

  record PlanForm(
      @NotBlank String serviceCode,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotBlank @Size(max = 300) String periods,
      @NotNull @Min(1) @Max(500) Integer capacity) {}

  private final QueueAdministration administration;
  private final Appointments appointments;
  private final Clock clock;

  QueueAdminController(QueueAdministration administration, Appointments appointments, Clock clock) {
    this.administration = administration;
    this.appointments = appointments;
    this.clock = clock;
  }

  @GetMapping
  String halls(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("halls", administration.halls(actor, PageQuery.of(page, null)));
    return "queue/admin/halls";
  }

  @GetMapping("/{hall}")
  String hall(@AuthenticationPrincipal Actor actor, @PathVariable String hall, @RequestParam(required = false) Integer page,
      Model model) {
    if (!model.containsAttribute("settings")) {
      model.addAttribute("settings", SettingsForm.of(administration.settings(actor, hall)));
    }
    return hallPage(actor, hall, page, model);
  }

  @PostMapping("/{hall}/settings")
  String saveSettings(@AuthenticationPrincipal Actor actor, @PathVariable String hall,
      @Valid @ModelAttribute("settings") SettingsForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    return save(errors, redirect, () -> administration.saveSettings(actor, hall, new HallSettings(form.maxRecalls(),
            form.greenCap(), form.callTimeoutMinutes(), form.notice(), form.appointmentGraceMinutes())),
        Flash.success("queue.admin.settingsSaved"), "/admin/queue/" + hall, () -> hallPage(actor, hall, null, model));
  }

  @GetMapping("/{hall}/services/new")
  String newService(@AuthenticationPrincipal Actor actor, @PathVariable String hall, Model model) {
    model.addAttribute("form", new ServiceForm("", "", "", Kind.SERVICE, 0, true));
    return serviceForm(actor, hall, true, model);
  }

  @PostMapping("/{hall}/services")
  String createService(@AuthenticationPrincipal Actor actor, @PathVariable String hall,
      @Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    return save(errors, redirect, () -> administration.save(actor, form.service(hall), true),
        Flash.success("queue.admin.serviceSaved", form.name()), "/admin/queue/" + hall,
        () -> serviceForm(actor, hall, true, model));
  }

  @GetMapping("/{hall}/services/{code}")
  String editService(@AuthenticationPrincipal Actor actor, @PathVariable String hall, @PathVariable String code,
      Model model) {
    model.addAttribute("form", ServiceForm.of(administration.service(actor, hall, code)));
    return serviceForm(actor, hall, false, model);
  }

  @PostMapping("/{hall}/services/{code}")
  String updateService(@AuthenticationPrincipal Actor actor, @PathVariable String hall, @PathVariable String code,
      @Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    administration.service(actor, hall, code);
    ServiceForm fixed = new ServiceForm(code, form.name(), form.prefix(), form.kind(), form.sortOrder(), form.enabled());
    return save(errors, redirect, () -> administration.save(actor, fixed.service(hall), false),
        Flash.success("queue.admin.serviceSaved", form.name()), "/admin/queue/" + hall,
        () -> serviceForm(actor, hall, false, model));
  }

  @GetMapping("/{hall}/slots")
  String slots(@AuthenticationPrincipal Actor actor, @PathVariable String hall,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) String service,
      @RequestParam(required = false) Integer page, Model model) {
    if (!model.containsAttribute("plan")) {
      LocalDate today = ChinaTime.today(clock);
      model.addAttribute("plan", new PlanForm("", today.plusDays(1), today.plusDays(14), "09:00-10:00, 10:00-11:00, 14:00-15:00, 15:00-16:00", 10));
    }
    return slotsPage(actor, hall, from, service, page, model);
  }

  @PostMapping("/{hall}/slots")
  String plan(@AuthenticationPrincipal Actor actor, @PathVariable String hall, @Valid @ModelAttribute("plan") PlanForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        int created = appointments.plan(actor, new Appointments.SlotPlan(hall, form.serviceCode(), form.from(), form.to(),
            Appointments.periods(form.periods()), form.capacity()));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("queue.slots.created", created));
        return "redirect:/admin/queue/" + hall + "/slots";
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return slotsPage(actor, hall, null, null, null, model);
  }

  @PostMapping("/{hall}/slots/{id}/capacity")
  String capacity(@AuthenticationPrincipal Actor actor, @PathVariable String hall, @PathVariable UUID id,
      @RequestParam(required = false) Integer capacity, RedirectAttributes redirect) {
    return act(redirect, () -> {
      if (capacity == null || capacity < 1 || capacity > 500) {
        throw new org.servicewindow.common.BusinessRuleException("queue.slots.capacity");
      }
      appointments.changeCapacity(actor, id, capacity);
      return Flash.success("queue.slots.capacityChanged", capacity);
    }, "/admin/queue/" + hall + "/slots");
  }

  @PostMapping("/{hall}/slots/{id}/delete")
  String deleteSlot(@AuthenticationPrincipal Actor actor, @PathVariable String hall, @PathVariable UUID id,
      RedirectAttributes redirect) {
    return act(redirect, () -> {
      appointments.deleteSlot(actor, id);
      return Flash.success("queue.slots.deleted");
    }, "/admin/queue/" + hall + "/slots");
  }

  @GetMapping("/{hall}/appointments")
  String bookings(@AuthenticationPrincipal Actor actor, @PathVariable String hall,
      @RequestParam(required = false) LocalDate day, @RequestParam(required = false) Integer page, Model model) {
    LocalDate shown = day == null ? ChinaTime.today(clock) : day;
    model.addAttribute("hall", administration.hall(actor, hall));
    model.addAttribute("day", shown);
    model.addAttribute("bookings", appointments.bookings(actor, hall, shown, PageQuery.of(page, null)));
    return "queue/admin/appointments";
  }

  private String hallPage(Actor actor, String hall, Integer page, Model model) {
    model.addAttribute("hall", administration.hall(actor, hall));
    model.addAttribute("services", administration.services(actor, hall, PageQuery.of(page, 50)));
    return "queue/admin/hall";
  }

  private String serviceForm(Actor actor, String hall, boolean create, Model model) {
    model.addAttribute("hall", administration.hall(actor, hall));
    model.addAttribute("create", create);
    model.addAttribute("candidates", create ? administration.unlistedServiceCodes(actor, hall) : java.util.List.of());
    model.addAttribute("kinds", Kind.values());
    return "queue/admin/service";
  }

  private String slotsPage(Actor actor, String hall, LocalDate from, String service, Integer page, Model model) {
    LocalDate start = from == null ? ChinaTime.today(clock) : from;
    model.addAttribute("hall", administration.hall(actor, hall));
    model.addAttribute("from", start);
    model.addAttribute("service", service);
    model.addAttribute("serviceChoices", administration.services(actor, hall, PageQuery.of(0, PageQuery.MAX_SIZE)).items());
    model.addAttribute("slots", appointments.slots(actor, hall, start, service == null || service.isBlank() ? null : service,
        PageQuery.of(page, null)));
    return "queue/admin/slots";
  }

  private static <T> String save(BindingResult errors, RedirectAttributes redirect, Supplier<T> write, Flash done,
      String next, Supplier<String> again) {
    if (!errors.hasErrors()) {
      try {
        write.get();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, done);
        return "redirect:" + next;
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return again.get();
  }

  private static String act(RedirectAttributes redirect, Supplier<Flash> action, String next) {
    try {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, action.get());
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:" + next;
  }
}

package org.servicewindow.supervision.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.supervision.internal.Accountability;
import org.servicewindow.supervision.internal.OrderStatus;
import org.servicewindow.supervision.internal.Supervision;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 问责 decided on a finding or an order, and the supervision record of a unit and of a staff member. */
@Controller
class AccountabilityController {

  private final Accountability accountability;
  private final Supervision supervision;
  private final OrganizationApi organization;

  AccountabilityController(Accountability accountability, Supervision supervision, OrganizationApi organization) {
    this.accountability = accountability;
    this.supervision = supervision;
    this.organization = organization;
  }

  @PostMapping("/supervision/findings/{id}/accountability")
  String onFinding(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      accountability.onFinding(actor, id, form(values));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.accountability.recorded"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      redirect.addFlashAttribute("accountabilityValues", values);
    }
    return "redirect:/supervision/findings/" + id;
  }

  @PostMapping("/supervision/orders/{id}/accountability")
  String onOrder(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      accountability.onOrder(actor, id, form(values));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.accountability.recorded"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      redirect.addFlashAttribute("accountabilityValues", values);
    }
    return "redirect:/supervision/orders/" + id;
  }

  @GetMapping("/supervision/units/{unitCode}")
  String unit(@AuthenticationPrincipal Actor actor, @PathVariable String unitCode,
      @RequestParam(required = false) Integer page, Model model) {
    var unit = organization.unit(unitCode).filter(u -> DataScope.of(actor).permits(u.code(), null, null))
        .orElseThrow(() -> new NotFoundException("supervision.unit.notFound"));
    model.addAttribute("unit", unit);
    model.addAttribute("records", accountability.ofUnit(actor, unitCode, PageQuery.of(page, null)));
    var open = supervision.orders(actor, null, false, false, PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
        .filter(o -> o.unitCode().equals(unitCode) && o.status() != OrderStatus.CLOSED).toList();
    model.addAttribute("openOrders", open);
    return "supervision/unit";
  }

  @GetMapping("/supervision/staff/{staffId}")
  String staff(@AuthenticationPrincipal Actor actor, @PathVariable UUID staffId,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("records", accountability.ofStaff(actor, staffId, PageQuery.of(page, null)));
    Map<String, String> units = new java.util.HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u.name()));
    model.addAttribute("unitNames", units);
    return "supervision/staff";
  }

  private static Accountability.NewRecord form(Map<String, String> values) {
    Accountability.Measure measure;
    try {
      String m = values.get("measure");
      measure = m == null || m.isBlank() ? null : Accountability.Measure.valueOf(m);
    } catch (IllegalArgumentException e) {
      measure = null;
    }
    LocalDate on;
    try {
      String d = values.get("decidedOn");
      on = d == null || d.isBlank() ? null : LocalDate.parse(d);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BusinessRuleException("supervision.accountability.dateInvalid");
    }
    return new Accountability.NewRecord(measure, values.get("staffNumber"), on, values.get("reason"));
  }
}

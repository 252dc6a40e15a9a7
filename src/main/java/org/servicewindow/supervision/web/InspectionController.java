package org.servicewindow.supervision.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.supervision.internal.ChecklistItem;
import org.servicewindow.supervision.internal.Inspection;
import org.servicewindow.supervision.internal.InspectionKind;
import org.servicewindow.supervision.internal.OrderStatus;
import org.servicewindow.supervision.internal.RectificationOrder;
import org.servicewindow.supervision.internal.Supervision;
import org.servicewindow.supervision.internal.SupervisionAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspections (a phone-sized form used in the hall) and rectification orders with their timeline. */
@Controller
class InspectionController {

  private final Supervision supervision;
  private final OrganizationApi organization;
  private final java.time.Clock clock;
  private final org.servicewindow.supervision.internal.InspectionPlans plans;
  private final org.servicewindow.supervision.internal.Accountability accountability;

  InspectionController(Supervision supervision, OrganizationApi organization, java.time.Clock clock,
      org.servicewindow.supervision.internal.InspectionPlans plans,
      org.servicewindow.supervision.internal.Accountability accountability) {
    this.accountability = accountability;
    this.plans = plans;
    this.supervision = supervision;
    this.organization = organization;
    this.clock = clock;
  }

  @GetMapping("/supervision/inspections")
  String inspections(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) InspectionKind kind,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", InspectionKind.values());
    model.addAttribute("inspections", supervision.inspections(actor, kind, PageQuery.of(page, null)));
    model.addAttribute("canInspect", SupervisionAccess.canInspect(actor));
    names(model);
    return "supervision/inspections";
  }

  @GetMapping("/supervision/inspections/new")
  String newInspection(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID visit, Model model) {
    Map<String, String> values = new java.util.HashMap<>();
    if (visit != null) {
      var v = plans.visit(actor, visit);
      var plan = plans.plan(actor, v.planId());
      values.put("planVisitId", v.id().toString());
      values.put("kind", plan.kind().name());
      values.put("unitCode", v.unitCode());
      model.addAttribute("planTitle", plan.title());
    }
    model.addAttribute("values", values);
    return form(actor, model);
  }

  @PostMapping("/supervision/inspections")
  String record(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> values,
      jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
    try {
      List<Inspection.Result> results = new ArrayList<>();
      for (ChecklistItem item : supervision.checklist()) {
        String outcome = values.get("result_" + item.code());
        if (outcome == null || outcome.isBlank()) {
          continue;
        }
        int score = parseInt(values.get("score_" + item.code()));
        results.add(new Inspection.Result(item.code(), "PASS".equals(outcome), score, values.get("note_" + item.code())));
      }
      Inspection saved = supervision.record(actor, new Supervision.NewInspection(
          parseKind(values.get("kind")), values.get("unitCode"), values.get("hallCode"), values.get("windowCode"),
          values.get("staffNumber"), parseTime(values.get("visitedAt")), values.get("note"), results,
          position(values), uploads(request, null), planVisit(values.get("planVisitId"))));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.inspection.recorded", saved.failedItems()));
      return "redirect:/supervision/inspections/" + saved.id();
    } catch (DomainException e) {
      model.addAttribute("error", e);
      model.addAttribute("values", values);
      if (values.get("planVisitId") != null && !values.get("planVisitId").isBlank()) {
        try {
          model.addAttribute("planTitle",
              plans.plan(actor, plans.visit(actor, UUID.fromString(values.get("planVisitId").strip())).planId()).title());
        } catch (DomainException | IllegalArgumentException ignored) {
          // The form shows the error; without a readable plan it simply shows no plan line.
        }
      }
      return form(actor, model);
    }
  }

  private String form(Actor actor, Model model) {
    List<InspectionKind> kinds = new ArrayList<>();
    for (InspectionKind k : InspectionKind.values()) {
      if (k.byInspector() ? actor.has(Role.INSPECTOR) : actor.has(Role.UNIT_ADMIN)) {
        kinds.add(k);
      }
    }
    model.addAttribute("kinds", kinds);
    model.addAttribute("items", supervision.checklist());
    model.addAttribute("units", actor.has(Role.INSPECTOR) ? organization.units()
        : organization.unit(actor.unitCode()).stream().toList());
    model.addAttribute("halls", organization.halls());
    Map<String, List<org.servicewindow.organization.WindowSummary>> windows = new java.util.LinkedHashMap<>();
    organization.halls().forEach(h -> windows.put(h.code(), organization.windowsOf(h.code())));
    model.addAttribute("hallWindows", windows);
    model.addAttribute("now", LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).withSecond(0).withNano(0).toString());
    return "supervision/inspection-form";
  }

  @GetMapping("/supervision/inspections/{id}")
  String inspection(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    model.addAttribute("inspection", supervision.inspection(actor, id));
    model.addAttribute("orders", supervision.ordersOf(actor, id));
    model.addAttribute("photos", supervision.photos(actor, id));
    model.addAttribute("snapshot", supervision.labelsOf(id));
    model.addAttribute("position", supervision.position(actor, id).orElse(null));
    model.addAttribute("items", supervision.checklist());
    names(model);
    return "supervision/inspection";
  }

  @PostMapping("/supervision/inspections/{id}/photos")
  String addPhotos(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      jakarta.servlet.http.HttpServletRequest request, @RequestParam(required = false) String itemCode,
      RedirectAttributes redirect) {
    try {
      int added = supervision.addPhotos(actor, id, uploads(request, itemCode)).size();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("supervision.photo.added", added));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/supervision/inspections/" + id;
  }

  @GetMapping("/supervision/photos/{id}")
  org.springframework.http.ResponseEntity<byte[]> photo(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) boolean thumbnail) {
    return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.IMAGE_JPEG)
        .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .body(supervision.photoContent(actor, id, thumbnail));
  }

  @GetMapping("/supervision/orders")
  String orders(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) OrderStatus status,
      @RequestParam(required = false) boolean overdue, @RequestParam(required = false) boolean escalated,
      @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("status", status);
    model.addAttribute("overdue", overdue);
    model.addAttribute("escalated", escalated);
    model.addAttribute("statuses", OrderStatus.values());
    model.addAttribute("orders", supervision.orders(actor, status, overdue, escalated, PageQuery.of(page, null)));
    names(model);
    return "supervision/orders";
  }

  @GetMapping("/supervision/orders/{id}")
  String order(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    RectificationOrder order = supervision.order(actor, id);
    model.addAttribute("order", order);
    model.addAttribute("events", supervision.timeline(actor, id));
    model.addAttribute("canEvidence", SupervisionAccess.canSubmitEvidence(actor, order) && order.status().awaitsEvidence());
    model.addAttribute("canRecheck", SupervisionAccess.canRecheck(actor, order) && order.status() == OrderStatus.SUBMITTED);
    model.addAttribute("accountability", accountability.ofOrder(actor, id));
    model.addAttribute("measures", org.servicewindow.supervision.internal.Accountability.Measure.values());
    model.addAttribute("canDecide", actor.has(Role.INSPECTOR));
    names(model);
    return "supervision/order";
  }

  @PostMapping("/supervision/orders/{id}/evidence")
  String evidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String evidence,
      RedirectAttributes redirect) {
    return act(redirect, () -> supervision.submitEvidence(actor, id, evidence), "supervision.order.evidenceSaved", id);
  }

  @PostMapping("/supervision/orders/{id}/recheck")
  String recheck(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    boolean passed = "PASS".equals(outcome);
    return act(redirect, () -> supervision.recheck(actor, id, passed, note),
        passed ? "supervision.order.closed" : "supervision.order.returned", id);
  }

  private String act(RedirectAttributes redirect, Runnable action, String done, UUID id) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/supervision/orders/" + id;
  }

  private void names(Model model) {
    Map<String, String> units = new java.util.HashMap<>();
    organization.units().forEach(u -> units.put(u.code(), u.name()));
    Map<String, String> halls = new java.util.HashMap<>();
    organization.halls().forEach(h -> halls.put(h.code(), h.name()));
    model.addAttribute("unitNames", units);
    model.addAttribute("hallNames", halls);
  }

  /** Files of a multipart request: {@code photos} for the visit, {@code photo_<item>} for one checklist item. */
  private static List<Supervision.PhotoUpload> uploads(jakarta.servlet.http.HttpServletRequest request, String itemCode) {
    List<Supervision.PhotoUpload> uploads = new ArrayList<>();
    var multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
        org.springframework.web.multipart.MultipartRequest.class);
    if (multipart != null) {
      multipart.getMultiFileMap().forEach((name, files) -> {
        String item = name.startsWith("photo_") ? name.substring("photo_".length()) : itemCode;
        if (!name.equals("photos") && !name.startsWith("photo_")) {
          return;
        }
        for (var file : files) {
          if (file.isEmpty()) {
            continue;
          }
          try {
            uploads.add(new Supervision.PhotoUpload(item, file.getOriginalFilename(), file.getBytes()));
          } catch (java.io.IOException e) {
            throw new org.servicewindow.common.BusinessRuleException("supervision.photo.unreadable");
          }
        }
      });
    }
    return uploads;
  }

  /** The optional position the phone's browser filled in (hidden fields set by supervision-inspection.js). */
  private static Supervision.Position position(Map<String, String> values) {
    String lat = values.get("gpsLatitude");
    String lng = values.get("gpsLongitude");
    if (lat == null || lat.isBlank() || lng == null || lng.isBlank()) {
      return null;
    }
    try {
      String accuracy = values.get("gpsAccuracy");
      String at = values.get("gpsAt");
      return new Supervision.Position(Double.parseDouble(lat), Double.parseDouble(lng),
          accuracy == null || accuracy.isBlank() ? null : Double.parseDouble(accuracy),
          at == null || at.isBlank() ? null : java.time.Instant.parse(at));
    } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
      throw new org.servicewindow.common.BusinessRuleException("supervision.inspection.positionInvalid");
    }
  }

  private static UUID planVisit(String s) {
    try {
      return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
    } catch (IllegalArgumentException e) {
      throw new org.servicewindow.common.BusinessRuleException("supervision.plan.visitMismatch");
    }
  }

  private static int parseInt(String s) {
    try {
      return s == null || s.isBlank() ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new org.servicewindow.common.BusinessRuleException("supervision.inspection.scoreInvalid");
    }
  }

  private static InspectionKind parseKind(String s) {
    try {
      return s == null || s.isBlank() ? null : InspectionKind.valueOf(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static java.time.Instant parseTime(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDateTime.parse(s).atZone(ChinaTime.ZONE).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.servicewindow.common.BusinessRuleException("supervision.inspection.visitTimeInvalid");
    }
  }
}

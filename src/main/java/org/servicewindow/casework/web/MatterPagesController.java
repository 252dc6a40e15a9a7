package org.servicewindow.casework.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.casework.Applicant;
import org.servicewindow.casework.Casework;
import org.servicewindow.casework.CaseworkMatters;
import org.servicewindow.casework.MaterialState;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.MergedChecklist;
import org.servicewindow.catalog.OneMatterBundle;
import org.servicewindow.catalog.ServiceItemSummary;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.QrCodes;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One-matter bundles (一件事一次办) at the window: the staff member chooses a fixed bundle (套餐式), a menu
 * bundle with its optional items, or picks the window's items one by one (点餐式); checks the merged
 * checklist once; and receives one application per item, linked as one matter. The matter page groups the
 * applications and their one-time notices, which stay each application's own.
 */
@Controller
@RequestMapping("/casework")
class MatterPagesController {

  /** The choice "items picked one by one" in the bundle list. */
  static final String PICK = "-";

  /** The applicant part of the bundle intake form, with the chosen bundle and items. */
  record MatterForm(
      @Size(max = 64) String bundle,
      List<@Size(max = 64) String> item,
      UUID ticket,
      @NotBlank(message = "{casework.applicant.nameRequired}") @Size(max = 100) String name,
      @NotBlank(message = "{casework.applicant.phoneInvalid}")
      @Pattern(regexp = "^$|1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}", message = "{casework.applicant.phoneInvalid}") String phone,
      @ValidIdNumber String idNumber,
      @Email(message = "{casework.applicant.emailInvalid}") @Size(max = 200) String email,
      @Size(max = 200) String companyName,
      @ValidCreditCode String creditCode) {}

  /** An item offered to pick: its code and name, whether it is part of every selection, whether it is picked. */
  record Pick(String code, String name, boolean mandatory, boolean picked) {}

  private final Casework casework;
  private final CaseworkMatters matters;
  private final Catalog catalog;
  private final OrganizationApi organization;
  private final org.servicewindow.queue.WindowDesk desk;

  MatterPagesController(Casework casework, CaseworkMatters matters, Catalog catalog, OrganizationApi organization,
      org.servicewindow.queue.WindowDesk desk) {
    this.casework = casework;
    this.matters = matters;
    this.catalog = catalog;
    this.organization = organization;
    this.desk = desk;
  }

  @GetMapping("/intake/matter")
  String intake(@RequestParam(required = false) String bundle, @RequestParam(required = false) List<String> item,
      @RequestParam(required = false) UUID ticket, @AuthenticationPrincipal Actor actor, Model model) {
    var called = casework.ticketAtWindow(actor, desk);
    if (ticket == null && called.isPresent()) {
      ticket = called.get().id(); // the citizen at the window: the matter belongs to their ticket
    }
    model.addAttribute("form", new MatterForm(bundle, item, ticket, null, null, null, null, null, null));
    return page(bundle, item, actor, model);
  }

  @PostMapping("/intake/matter")
  String receive(@Valid @ModelAttribute("form") MatterForm form, BindingResult errors,
      @RequestParam Map<String, String> params, @AuthenticationPrincipal Actor actor, Model model,
      RedirectAttributes redirect) {
    ChecklistAnswers answers = ChecklistAnswers.read(params, errors);
    if (!errors.hasErrors()) {
      try {
        List<Application> apps = casework.receiveMatter(new Casework.MatterIntake(bundleCode(form.bundle()),
            selection(form.bundle(), form.item(), actor), new Applicant(form.name(), form.phone(), form.idNumber(),
                form.email(), form.companyName(), form.creditCode()), answers.received(), answers.defective(),
            form.ticket()), actor);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.matter.received", apps.size()));
        return "redirect:/casework/matters/" + apps.get(0).matterId();
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    answers.showOn(model);
    return page(form.bundle(), form.item(), actor, model);
  }

  private String page(String bundleChoice, List<String> picked, Actor actor, Model model) {
    List<OneMatterBundle> bundles = matters.bundlesFor(actor);
    model.addAttribute("bundles", bundles);
    model.addAttribute("pickChoice", PICK);
    model.addAttribute("calledTicket", casework.ticketAtWindow(actor, desk).orElse(null));
    if (!model.containsAttribute("states")) {
      model.addAttribute("states", Map.of());
      model.addAttribute("reasons", Map.of());
    }
    Optional<OneMatterBundle> bundle = bundles.stream().filter(b -> b.code().equals(bundleChoice)).findFirst();
    List<String> picks = picked == null ? List.of() : picked;
    List<Pick> offered = new ArrayList<>();
    if (bundle.isPresent() && bundle.get().menu()) {
      bundle.get().items().forEach(i -> offered.add(new Pick(i.serviceCode(), name(i.serviceCode()), i.mandatory(),
          i.mandatory() || picks.contains(i.serviceCode()))));
    } else if (PICK.equals(bundleChoice)) {
      windowItems(actor).forEach(s -> offered.add(new Pick(s.code(), s.name(), false, picks.contains(s.code()))));
    }
    model.addAttribute("bundle", bundle.orElse(null));
    model.addAttribute("offered", offered);
    model.addAttribute("picking", PICK.equals(bundleChoice));
    List<String> selection = bundle.isPresent() || PICK.equals(bundleChoice) ? selection(bundleChoice, picks, actor)
        : List.of();
    model.addAttribute("selection", selection);
    if (selection.size() >= 2) {
      MergedChecklist checklist = catalog.mergedChecklist(selection);
      model.addAttribute("checklist", checklist);
      Map<String, ServiceItemSummary> items = new LinkedHashMap<>();
      selection.forEach(c -> catalog.find(c).ifPresent(s -> items.put(c, s)));
      model.addAttribute("items", items);
      model.addAttribute("unitNames", unitNames());
      Map<String, String> neededFor = new LinkedHashMap<>();
      checklist.materials().forEach(m -> neededFor.put(m.requirement().code(), names(m.neededFor(), items)));
      model.addAttribute("neededFor", neededFor);
      var form = catalog.mergedForm(selection);
      model.addAttribute("mergedForm", form);
      Map<String, String> askedBy = new LinkedHashMap<>();
      form.fields().forEach(f -> askedBy.put(f.field().key(), names(f.askedBy(), items)));
      model.addAttribute("askedBy", askedBy);
    } else if (bundle.isPresent() || PICK.equals(bundleChoice) && !picks.isEmpty()) {
      model.addAttribute("tooFew", true);
    }
    return "casework/matter-intake";
  }

  /** The items of the matter: a bundle's selection for the picks, or the window's items picked one by one. */
  private List<String> selection(String bundleChoice, List<String> picked, Actor actor) {
    List<String> picks = picked == null ? List.of() : picked;
    if (PICK.equals(bundleChoice) || bundleChoice == null || bundleChoice.isBlank()) {
      return picks.stream().distinct().filter(c -> casework.mayReceive(actor, c)).toList();
    }
    return matters.bundlesFor(actor).stream().filter(b -> b.code().equals(bundleChoice)).findFirst()
        .map(b -> b.selection(picks))
        .orElseGet(() -> catalog.bundle(bundleChoice).map(b -> b.selection(picks)).orElse(picks));
  }

  private static String bundleCode(String choice) {
    return choice == null || choice.isBlank() || PICK.equals(choice) ? null : choice;
  }

  private List<ServiceItemSummary> windowItems(Actor actor) {
    List<ServiceItemSummary> items = new ArrayList<>();
    if (actor.windowCode() != null) {
      organization.servicesOf(actor.windowCode()).forEach(c -> catalog.find(c).ifPresent(items::add));
    }
    return items;
  }

  private static String names(List<String> codes, Map<String, ServiceItemSummary> items) {
    return String.join("、", codes.stream().map(c -> items.containsKey(c) ? items.get(c).name() : c).toList());
  }

  private String name(String code) {
    return catalog.find(code).map(ServiceItemSummary::name).orElse(code);
  }

  @GetMapping("/matters/{id}")
  String matter(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
    var view = matters.view(id, actor);
    model.addAttribute("matter", view);
    model.addAttribute("unitNames", unitNames());
    model.addAttribute("canAct", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN));
    return "casework/matter";
  }

  @PostMapping("/matters/{id}/supplement-notices")
  String notices(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    matters.view(id, actor); // a matter outside the scope does not exist (404), it is not an error to show
    try {
      int issued = matters.issueSupplementNotices(id, actor).size();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("casework.matter.noticesIssued", issued));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/casework/matters/" + id;
  }

  /** Material codes once, with what each item's notice said about them: the combined sheet's table. */
  record CombinedItem(int seq, String name, MaterialState state, String reason, List<String> serviceNames) {}

  /** One application's notice on the combined sheet, with its own verification QR code. */
  record NoticeRow(CaseworkMatters.ItemNotice item, String unitName, String link, String qr) {}

  @GetMapping("/matters/{id}/supplement-notice")
  String combinedNotice(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
    var view = matters.view(id, actor);
    if (view.notices().isEmpty()) {
      throw new org.servicewindow.common.NotFoundException("casework.notice.notFound");
    }
    Map<String, CombinedItem> merged = new LinkedHashMap<>();
    List<NoticeRow> rows = new ArrayList<>();
    Map<String, String> units = unitNames();
    for (var n : view.notices()) {
      for (var i : n.notice().items()) {
        CombinedItem before = merged.get(i.materialCode());
        List<String> names = new ArrayList<>(before == null ? List.of() : before.serviceNames());
        names.add(n.notice().serviceName());
        boolean defective = i.state() == MaterialState.DEFECTIVE || before != null && before.state() == MaterialState.DEFECTIVE;
        merged.put(i.materialCode(), new CombinedItem(before == null ? merged.size() + 1 : before.seq(), i.materialName(),
            defective ? MaterialState.DEFECTIVE : MaterialState.MISSING,
            i.reason() != null ? i.reason() : before == null ? null : before.reason(), names));
      }
      String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/verify/" + n.notice().verifyCode())
          .build().toUriString();
      rows.add(new NoticeRow(n, units.getOrDefault(n.application().unitCode(), n.notice().unitName()), link,
          QrCodes.dataUri(link, 160)));
    }
    Application first = view.applications().get(0);
    model.addAttribute("matter", view);
    model.addAttribute("items", List.copyOf(merged.values()));
    model.addAttribute("rows", rows);
    model.addAttribute("applicant", first.applicant().name());
    model.addAttribute("receivedOn", first.receivedOn());
    model.addAttribute("hallName", organization.hall(first.hallCode()).map(HallSummary::name).orElse(null));
    model.addAttribute("staffName", view.notices().get(view.notices().size() - 1).notice().staffName());
    model.addAttribute("issuedOn", view.notices().stream().map(n -> n.notice().issuedOn()).max(java.time.LocalDate::compareTo)
        .orElseThrow());
    return "casework/matter-notice";
  }

  private Map<String, String> unitNames() {
    Map<String, String> names = new LinkedHashMap<>();
    organization.units().forEach(u -> names.put(u.code(), u.name()));
    return names;
  }
}

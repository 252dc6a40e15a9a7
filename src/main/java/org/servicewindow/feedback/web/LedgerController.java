package org.servicewindow.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.feedback.Appeals;
import org.servicewindow.feedback.LedgerEntryView;
import org.servicewindow.identity.Role;
import org.servicewindow.feedback.LedgerStatus;
import org.servicewindow.feedback.NegativeFeedbackLedger;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 差评台账 pages: the paged list inside the reader's data scope and one entry with its timeline and
 * the form of its next step. A failed step keeps what was typed and says why.
 */
@Controller
@RequestMapping("/feedback/ledger")
class LedgerController {

  private final NegativeFeedbackLedger ledger;
  private final OrganizationApi organization;
  private final Appeals appeals;

  LedgerController(NegativeFeedbackLedger ledger, OrganizationApi organization, Appeals appeals) {
    this.appeals = appeals;
    this.ledger = ledger;
    this.organization = organization;
  }

  @GetMapping
  String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) LedgerStatus status,
      @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("entries", ledger.page(actor, status, overdue, PageQuery.of(page, null)));
    model.addAttribute("status", status);
    model.addAttribute("overdue", overdue);
    model.addAttribute("statuses", LedgerStatus.values());
    model.addAttribute("query", (status == null ? "" : "status=" + status + "&") + (overdue ? "overdue=true&" : ""));
    model.addAttribute("names", new LedgerNames(organization));
    return htmx != null ? "feedback/ledger/list :: results" : "feedback/ledger/list";
  }

  /** The in-app alert on the ledger page: new 差评 of the hall / unit, fetched again every half minute. */
  @GetMapping("/alerts")
  String alerts(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("alerts", ledger.alerts(actor));
    model.addAttribute("names", new LedgerNames(organization));
    return "feedback/ledger/alerts :: alerts";
  }

  @GetMapping("/{id}")
  String entry(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    LedgerEntryView e = ledger.entry(actor, id);
    model.addAttribute("e", e);
    model.addAttribute("mayAct", ledger.mayAct(actor, e));
    var appeal = e.evaluationId() == null ? java.util.Optional.<Appeals.Appeal>empty() : appeals.find(e.evaluationId());
    model.addAttribute("appeal", appeal.orElse(null));
    model.addAttribute("appealable", appeal.isEmpty() && e.evaluationId() != null && actor.has(Role.STAFF)
        && actor.username().equals(e.handlerUsername()));
    model.addAttribute("names", new LedgerNames(organization));
    boolean assignable = NegativeFeedbackLedger.unassigned(e) && ledger.mayAssign(actor);
    model.addAttribute("assignable", assignable);
    if (assignable) {
      model.addAttribute("complaintTypes", org.servicewindow.feedback.ComplaintType.values());
      model.addAttribute("units", organization.units());
      model.addAttribute("windows", actor.has(Role.INSPECTOR)
          ? organization.halls().stream().flatMap(h -> organization.windowsOf(h.code()).stream()).toList()
          : organization.windowsOf(actor.hallCode()));
    }
    return "feedback/ledger/entry";
  }

  @PostMapping("/{id}/verify")
  String verify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String verdict,
      @RequestParam(required = false) String note,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes redirect) {
    return step(id, note, redirect, () -> ledger.verify(actor, id, "VALID".equals(verdict), note, files(evidence)));
  }

  @PostMapping("/{id}/rectify")
  String rectify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean immediately,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
      @RequestParam(required = false) String note,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes redirect) {
    return step(id, note, redirect, () -> ledger.rectify(actor, id, immediately, dueOn, note, files(evidence)));
  }

  @PostMapping("/{id}/rectified")
  String rectified(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) String note,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes redirect) {
    return step(id, note, redirect, () -> ledger.rectified(actor, id, note, files(evidence)));
  }

  @PostMapping("/{id}/explain")
  String explain(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) String note,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes redirect) {
    return step(id, note, redirect, () -> ledger.explain(actor, id, note, files(evidence)));
  }

  @PostMapping("/{id}/callback")
  String callback(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) String satisfaction, @RequestParam(required = false) String note,
      @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
      RedirectAttributes redirect) {
    return step(id, note, redirect, () -> ledger.callback(actor, id, satisfaction, note, files(evidence)));
  }

  @PostMapping("/{id}/close")
  String close(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    return step(id, note, redirect, () -> ledger.closeWithoutCallback(actor, id, note));
  }

  /** The evidence files of a step form; a file input left empty sends an empty part, which is no file. */
  private static List<NegativeFeedbackLedger.EvidenceFile> files(List<MultipartFile> parts) {
    if (parts == null) {
      return List.of();
    }
    return parts.stream().filter(p -> p != null && !p.isEmpty()).map(p -> {
      try {
        return new NegativeFeedbackLedger.EvidenceFile(p.getOriginalFilename(), p.getBytes());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
  }

  private String step(UUID id, String note, RedirectAttributes redirect, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("feedback.ledger.saved"));
    } catch (DomainException e) {
      if (e instanceof org.servicewindow.common.NotFoundException) {
        throw e;
      }
      redirect.addFlashAttribute("stepError", e.messageKey());
      redirect.addFlashAttribute("stepErrorArgs", e.args());
      redirect.addFlashAttribute("note", note);
    }
    return "redirect:/feedback/ledger/" + id;
  }
}

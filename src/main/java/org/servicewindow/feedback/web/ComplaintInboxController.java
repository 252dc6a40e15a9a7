package org.servicewindow.feedback.web;

import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.feedback.ComplaintType;
import org.servicewindow.feedback.NegativeFeedbackLedger;
import org.servicewindow.identity.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox of complaints that came without a unit (e-mail): a hall manager or an inspector opens one and
 * assigns its type (which sets the deadline), its unit or window and, if known, the staff member.
 */
@Controller
@RequestMapping("/feedback/complaints")
class ComplaintInboxController {

  private final NegativeFeedbackLedger ledger;

  ComplaintInboxController(NegativeFeedbackLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/inbox")
  String inbox(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("entries", ledger.unassignedComplaints(actor, PageQuery.of(page, null)));
    model.addAttribute("query", "");
    return htmx != null ? "feedback/inbox :: results" : "feedback/inbox";
  }

  @PostMapping("/{id}/assign")
  String assign(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) ComplaintType type, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) String windowCode, @RequestParam(required = false) String staffNumber,
      RedirectAttributes redirect) {
    try {
      var due = ledger.assign(actor, id, new NegativeFeedbackLedger.Assignment(type, unitCode, windowCode, staffNumber));
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("feedback.complaint.assigned", due.toString()));
      return "redirect:/feedback/complaints/inbox";
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      redirect.addFlashAttribute("stepError", e.messageKey());
      redirect.addFlashAttribute("stepErrorArgs", e.args());
      redirect.addFlashAttribute("assignType", type);
      redirect.addFlashAttribute("assignUnit", unitCode);
      redirect.addFlashAttribute("assignWindow", windowCode);
      redirect.addFlashAttribute("assignStaff", staffNumber);
      return "redirect:/feedback/ledger/" + id;
    }
  }
}

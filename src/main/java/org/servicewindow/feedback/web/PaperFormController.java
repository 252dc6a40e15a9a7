package org.servicewindow.feedback.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Evaluations;
import org.servicewindow.feedback.Reason;
import org.servicewindow.feedback.SubjectKind;
import org.servicewindow.identity.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entry of paper evaluation forms (channel PAPER) by staff, with the scan of the form. */
@Controller
class PaperFormController {

  private final Evaluations evaluations;

  PaperFormController(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/feedback/paper")
  String form(Model model) {
    model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
    model.addAttribute("reasons", Reason.setFor(SubjectKind.TICKET, EvaluationChannel.PAPER));
    return "feedback/paper";
  }

  @PostMapping("/feedback/paper")
  String enter(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String token,
      @RequestParam(required = false) Integer level, @RequestParam(required = false) List<Reason> reasons,
      @RequestParam(required = false) String comment, @RequestParam(required = false) MultipartFile scan,
      Model model, RedirectAttributes redirect) throws IOException {
    try {
      evaluations.enterPaper(actor, new Evaluations.Submission(token == null ? "" : token.strip(), level == null ? 0 : level,
              EvaluationChannel.PAPER, reasons == null ? new ArrayList<>() : reasons, comment, null, null),
          scan == null ? null : scan.getOriginalFilename(),
          scan == null || scan.getContentType() == null ? "application/octet-stream" : scan.getContentType(),
          scan == null ? null : scan.getBytes());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("feedback.paper.entered"));
      return "redirect:/feedback/paper";
    } catch (DomainException e) {
      model.addAttribute("error", e.messageKey());
      model.addAttribute("errorArgs", e.args());
      model.addAttribute("token", token);
      model.addAttribute("level", level);
      model.addAttribute("commentText", comment);
      return form(model);
    }
  }
}

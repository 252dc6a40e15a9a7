package org.servicewindow.feedback.web;

import java.util.List;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Reason;
import org.servicewindow.feedback.SubjectKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The evaluator device's page (评价器). The page itself is public and holds no data: its script reads the
 * window's screen and submits ratings with the device token (given once as {@code #token=…} and kept in
 * the tablet's local storage), so a stolen page shows nothing.
 */
@Controller
class EvaluatorController {

  @GetMapping("/evaluator")
  String evaluator(Model model) {
    model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
    model.addAttribute("reasons", Reason.setFor(SubjectKind.TICKET, EvaluationChannel.EVALUATOR));
    return "feedback/evaluator";
  }
}

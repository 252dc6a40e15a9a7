package org.servicewindow.casework.web;

import org.servicewindow.casework.Casework;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page a notice's QR code opens: anyone holding the paper can check that the platform issued
 * it, with which number, date and unit. The applicant's name is shown only by its first character.
 */
@Controller
class VerifyController {

  private final Casework casework;

  VerifyController(Casework casework) {
    this.casework = casework;
  }

  @GetMapping("/verify/{code}")
  String verify(@PathVariable String code, Model model, jakarta.servlet.http.HttpServletResponse response) {
    var notice = casework.verify(code).orElse(null);
    model.addAttribute("notice", notice);
    if (notice == null) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
    } else {
      String name = notice.applicantName();
      model.addAttribute("applicant", name.isEmpty() ? "-" : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1)));
    }
    return "casework/verify";
  }
}

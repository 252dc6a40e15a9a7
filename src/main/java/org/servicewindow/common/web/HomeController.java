package org.servicewindow.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: public entry points for citizens, the workbench for signed-in staff. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}

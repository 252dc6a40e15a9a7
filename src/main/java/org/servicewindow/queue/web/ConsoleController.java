package org.servicewindow.queue.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import java.util.function.Supplier;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.common.QrCodes;
import org.servicewindow.identity.Actor;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketView;
import org.servicewindow.queue.WindowDesk;
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
 * The caller console (叫号台) of the staff member signed in to a window: the citizen at the window and the
 * buttons (and keys) to call, recall, start, complete, skip, transfer, pause. Each press goes through
 * {@link QueueManagement} with the same rules as a caller pad; with htmx the console is redrawn in place,
 * without it the page reloads (post/redirect/get).
 */
@Controller
@RequestMapping("/console")
class ConsoleController {

  static final String VIEW = "queue/console";

  private final QueueManagement queue;
  private final WindowDesk desk;
  private final DeskAttendance attendance;
  private final PublicAddress address;

  ConsoleController(QueueManagement queue, WindowDesk desk, DeskAttendance attendance, PublicAddress address) {
    this.queue = queue;
    this.address = address;
    this.desk = desk;
    this.attendance = attendance;
  }

  @GetMapping
  String console(@AuthenticationPrincipal Actor actor, @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("desk", desk.of(actor));
    if (model.getAttribute("evaluationUrl") instanceof String url) {
      model.addAttribute("evaluationQr", QrCodes.dataUri(url, 200));
    }
    return htmx != null ? VIEW + " :: desk" : VIEW;
  }

  @PostMapping("/call-next")
  String callNext(@AuthenticationPrincipal Actor actor, @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> queue.callNext(actor.windowCode(), actor)
        .map(t -> Flash.success("queue.console.called", t.number()))
        .orElse(new Flash("info", "queue.console.nobodyWaiting")));
  }

  @PostMapping("/tickets/{id}/recall")
  String recall(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      TicketView t = queue.recall(id, actor);
      return "NO_SHOW".equals(t.status().name()) ? new Flash("warning", "queue.console.noShowAfterRecalls", t.number())
          : Flash.success("queue.console.recalled", t.number());
    });
  }

  @PostMapping("/tickets/{id}/start")
  String start(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> Flash.success("queue.console.started", queue.start(id, actor).number()));
  }

  @PostMapping("/tickets/{id}/complete")
  String complete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      TicketView t = queue.complete(id, actor);
      String url = address.absolute("/e/" + t.evaluationToken());
      model.addAttribute("evaluationUrl", url);
      model.addAttribute("evaluationQr", QrCodes.dataUri(url, 200));
      model.addAttribute("evaluationNumber", t.number());
      redirect.addFlashAttribute("evaluationUrl", url);
      redirect.addFlashAttribute("evaluationNumber", t.number());
      return Flash.success("queue.console.completed", t.number());
    });
  }

  @PostMapping("/tickets/{id}/no-show")
  String noShow(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> new Flash("warning", "queue.console.markedNoShow",
        queue.markNoShow(id, actor).number()));
  }

  @PostMapping("/tickets/{id}/requeue")
  String requeue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> Flash.success("queue.console.requeued", queue.requeue(id, actor).number()));
  }

  @PostMapping("/tickets/{id}/transfer")
  String transfer(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @RequestParam(required = false) @Size(max = 64) String serviceCode,
      @RequestParam(required = false) @Size(max = 32) String windowCode,
      @RequestParam(required = false) @Size(max = 500) String note,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      TicketView moved = queue.transfer(id, serviceCode, windowCode, note, actor);
      return Flash.success("queue.console.transferred", moved.number(), moved.serviceName());
    });
  }

  @PostMapping("/pause")
  String pause(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) @Size(max = 200) String reason,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      queue.pause(actor.windowCode(), reason, actor);
      return new Flash("info", "queue.console.paused");
    });
  }

  @PostMapping("/resume")
  String resume(@AuthenticationPrincipal Actor actor,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      queue.resume(actor.windowCode(), actor);
      return Flash.success("queue.console.resumed");
    });
  }

  @PostMapping("/sign-in")
  String signIn(@AuthenticationPrincipal Actor actor,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      attendance.signIn(actor.windowCode(), actor);
      return Flash.success("queue.console.signedIn");
    });
  }

  @PostMapping("/sign-out")
  String signOut(@AuthenticationPrincipal Actor actor,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
    return act(actor, htmx, model, redirect, () -> {
      attendance.signOut(actor.windowCode(), actor);
      return new Flash("info", "queue.console.signedOut");
    });
  }

  /** Runs a press; answers htmx with the redrawn console, a plain form post with a redirect. */
  private String act(Actor actor, String htmx, Model model, RedirectAttributes redirect, Supplier<Flash> press) {
    Flash flash;
    try {
      flash = press.get();
    } catch (DomainException e) {
      flash = Flash.error(e.messageKey(), e.args());
    }
    if (htmx != null) {
      model.addAttribute("message", flash);
      model.addAttribute("desk", desk.of(actor));
      return VIEW + " :: desk";
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
    return "redirect:/console";
  }
}

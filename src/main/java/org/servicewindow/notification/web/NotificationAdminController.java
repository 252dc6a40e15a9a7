package org.servicewindow.notification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.UUID;
import org.servicewindow.common.Flash;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.notification.internal.Outbox;
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

/** The operator's view of the outbox: what was sent, what failed and why, retry, and a test message. */
@Controller
@RequestMapping("/admin/notifications")
class NotificationAdminController {

  record TestForm(@NotNull Channel channel, @NotBlank @Size(max = 200) String recipient) {}

  private final Outbox outbox;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  NotificationAdminController(Outbox outbox, Notifications notifications, AuditTrail audit, Clock clock) {
    this.outbox = outbox;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) Outbox.Status status,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("status", status);
    model.addAttribute("q", q);
    model.addAttribute("statuses", Outbox.Status.values());
    model.addAttribute("counts", outbox.countsByStatus());
    model.addAttribute("entries", outbox.search(status, q, PageQuery.of(page, null)));
    if (!model.containsAttribute("testForm")) {
      model.addAttribute("testForm", new TestForm(Channel.EMAIL, ""));
    }
    model.addAttribute("channels", Channel.values());
    return "admin/notifications/list";
  }

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, Model model) {
    model.addAttribute("entry", outbox.find(id).orElseThrow(() -> new NotFoundException("notification.notFound")));
    model.addAttribute("attempts", outbox.attempts(id));
    return "admin/notifications/detail";
  }

  @PostMapping("/{id}/retry")
  String retry(@PathVariable UUID id, RedirectAttributes redirect) {
    outbox.find(id).orElseThrow(() -> new NotFoundException("notification.notFound"));
    boolean requeued = outbox.requeue(id, clock.instant());
    if (requeued) {
      audit.record("notification.requeued", "notification", id, null, null);
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE,
        requeued ? Flash.success("notification.requeued") : Flash.error("notification.notFailed"));
    return "redirect:/admin/notifications/" + id;
  }

  @PostMapping("/test")
  String sendTest(
      @Valid @ModelAttribute("testForm") TestForm form,
      BindingResult errors,
      @RequestParam(required = false) Integer page,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return list(null, null, page, model);
    }
    UUID id = notifications.send(Notification.of(form.channel(), form.recipient().trim(), "test", "test"));
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("notification.testQueued"));
    return "redirect:/admin/notifications/" + id;
  }
}

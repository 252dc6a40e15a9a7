package org.servicewindow.queue.web;

import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketStatus;
import org.servicewindow.queue.TicketView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's view of their ticket (the QR code on it, or the link of an online ticket): where they
 * stand, refreshed every few seconds, the window to go to once called, and a way to give up the place.
 * The ticket's id is the proof: it is random and only printed on the ticket.
 */
@Controller
@RequestMapping("/q/{id}")
class TicketStatusController {

  private final QueueManagement queue;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;

  TicketStatusController(QueueManagement queue, OrganizationApi organization, JdbcClient jdbc) {
    this.queue = queue;
    this.organization = organization;
    this.jdbc = jdbc;
  }

  @GetMapping
  String status(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    TicketView ticket = queue.ticket(id);
    // a transferred citizen keeps their number in another line: follow them there
    for (int hops = 0; ticket.status() == TicketStatus.TRANSFERRED && hops < 10; hops++) {
      var next = jdbc.sql("SELECT id FROM ticket WHERE transferred_from = :id").param("id", ticket.id())
          .query(UUID.class).optional();
      if (next.isEmpty()) {
        break;
      }
      ticket = queue.ticket(next.get());
    }
    model.addAttribute("ticket", ticket);
    model.addAttribute("statusId", id);
    model.addAttribute("hallName", organization.hall(ticket.hallCode()).map(HallSummary::name).orElse(ticket.hallCode()));
    return htmx != null ? "queue/status :: live" : "queue/status";
  }

  @PostMapping("/cancel")
  String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      TicketView ticket = queue.cancel(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("queue.status.cancelled", ticket.number()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/q/" + id;
  }
}

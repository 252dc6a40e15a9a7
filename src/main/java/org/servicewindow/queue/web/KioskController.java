package org.servicewindow.queue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.common.QrCodes;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.QueueManagement.ServiceLine;
import org.servicewindow.queue.TicketView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kiosk (取号机) of a hall, by touch: the page is public, and the kiosk acts through the public API
 * with its device token, which staff enter once on the device (kept in the browser's local storage).
 * After issuing it shows the ticket page, which prints on the 80 mm roll or on A6.
 */
@Controller
@RequestMapping("/kiosk/{hall}")
class KioskController {

  /** A service on the kiosk: its line and where it is handled. */
  record Tile(ServiceLine line, String zone) {}

  /** Services under one heading (a zone of the hall, or the unit that serves them). */
  record Group(String label, List<Tile> tiles) {}

  private final QueueManagement queue;
  private final OrganizationApi organization;
  private final JdbcClient jdbc;
  private final PublicAddress address;
  private final Clock clock;

  KioskController(QueueManagement queue, OrganizationApi organization, JdbcClient jdbc, PublicAddress address,
      Clock clock) {
    this.queue = queue;
    this.address = address;
    this.organization = organization;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @GetMapping
  String kiosk(@PathVariable String hall, Model model) {
    HallSummary h = hall(hall);
    List<ServiceLine> lines = queue.lines(h.code());
    Map<String, List<Tile>> byZone = new LinkedHashMap<>();
    List<Tile> consultation = new ArrayList<>();
    Map<String, Tile> tiles = new LinkedHashMap<>();
    for (ServiceLine line : lines) {
      String zone = zoneOf(h.code(), line.code());
      Tile tile = new Tile(line, zone);
      tiles.put(line.code(), tile);
      if (line.consultation()) {
        consultation.add(tile);
      } else {
        byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(tile);
      }
    }
    List<Group> groups = byZone.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    if (groups.stream().allMatch(g -> g.tiles().size() == 1)) {
      // one service per zone: headings would only repeat the names
      groups = groups.isEmpty() ? groups : List.of(new Group("", groups.stream().flatMap(g -> g.tiles().stream()).toList()));
    }
    List<Tile> popular = popular(h.code()).stream().map(tiles::get).filter(t -> t != null && !t.line().consultation())
        .limit(6).toList();
    model.addAttribute("hall", h);
    model.addAttribute("groups", groups);
    model.addAttribute("consultation", consultation);
    model.addAttribute("popular", popular);
    model.addAttribute("today", ChinaTime.today(clock));
    return "queue/kiosk";
  }

  /** The ticket as printed: number, service, people ahead, estimated wait, QR to the status page. */
  @GetMapping("/tickets/{id}")
  String ticket(@PathVariable String hall, @PathVariable UUID id,
      @RequestParam(defaultValue = "80mm") String layout, @RequestParam(defaultValue = "false") boolean print,
      Model model) {
    HallSummary h = hall(hall);
    TicketView ticket = queue.ticket(id);
    if (!ticket.hallCode().equals(h.code())) {
      throw new NotFoundException("queue.ticketNotFound");
    }
    String statusUrl = address.absolute("/q/" + ticket.id());
    model.addAttribute("hall", h);
    model.addAttribute("ticket", ticket);
    model.addAttribute("statusUrl", statusUrl);
    model.addAttribute("qr", QrCodes.dataUri(statusUrl, 240));
    model.addAttribute("layout", "a6".equals(layout) ? "a6" : "80mm");
    model.addAttribute("print", print);
    model.addAttribute("issuedOn", ticket.issuedAt().atZone(ChinaTime.ZONE));
    return "queue/ticket";
  }

  /** Where a service is handled: the zone of the first window that handles it, without its letter. */
  private String zoneOf(String hall, String service) {
    return organization.windowsHandling(hall, service).stream().map(WindowSummary::zone)
        .filter(z -> z != null && !z.isBlank())
        .map(z -> z.replaceFirst("^[A-Z]区\\s*", "").trim())
        .findFirst().orElse("");
  }

  /** The hall's most taken services of the last 30 days. */
  private List<String> popular(String hall) {
    LocalDate today = ChinaTime.today(clock);
    return jdbc.sql("""
            SELECT service_code, COUNT(*) AS n FROM ticket
             WHERE hall_code = :hall AND service_day BETWEEN :from AND :to AND transferred_from IS NULL
             GROUP BY service_code ORDER BY n DESC, service_code LIMIT 10
            """)
        .param("hall", hall).param("from", today.minusDays(30)).param("to", today)
        .query((rs, n) -> rs.getString("service_code")).list();
  }

  private HallSummary hall(String code) {
    return organization.hall(code).orElseThrow(() -> new NotFoundException("queue.hallNotFound", code));
  }
}

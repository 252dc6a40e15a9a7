package org.servicewindow.queue.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.QueueManagement.ServiceLine;
import org.servicewindow.queue.internal.HallBoards;
import org.servicewindow.queue.internal.QueueSettings;
import org.servicewindow.queue.internal.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hall's display board (叫号屏), for a whole hall or one floor ({@code ?floor=2}): the latest calls,
 * who waits for what, the hall's notice. The page renders the current state; its script then follows the
 * hall's event stream (reconnecting with Last-Event-ID by itself) and announces each call by voice.
 */
@Controller
class BoardController {

  /** A call on the board. */
  record BoardCall(String number, String windowCode, String windowName, String time, boolean consultation) {}

  private final QueueManagement queue;
  private final OrganizationApi organization;
  private final Tickets tickets;
  private final HallBoards boards;
  private final QueueSettings settings;
  private final JsonMapper json;
  private final Clock clock;

  BoardController(QueueManagement queue, OrganizationApi organization, Tickets tickets, HallBoards boards,
      QueueSettings settings, JsonMapper json, Clock clock) {
    this.queue = queue;
    this.organization = organization;
    this.tickets = tickets;
    this.boards = boards;
    this.settings = settings;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/board/{hall}")
  String board(@PathVariable String hall, @RequestParam(required = false) Integer floor, Model model) {
    HallSummary h = organization.hall(hall).orElseThrow(() -> new NotFoundException("queue.hallNotFound", hall));
    List<WindowSummary> windows = organization.windowsOf(h.code());
    Map<String, Map<String, Object>> windowInfo = new LinkedHashMap<>();
    for (WindowSummary w : windows) {
      windowInfo.put(w.code(), Map.of("number", w.number(), "floor", w.floor(), "name", w.name()));
    }
    List<ServiceLine> lines = queue.lines(h.code());
    List<String> consultationPrefixes = lines.stream().filter(ServiceLine::consultation).map(ServiceLine::prefix).toList();
    var since = ChinaTime.today(clock).atStartOfDay(ChinaTime.ZONE).toInstant();
    List<BoardCall> calls = tickets.latestCalls(h.code(), since, 40).stream()
        .filter(c -> floor == null || windows.stream().anyMatch(w -> w.code().equals(c.windowCode()) && w.floor() == floor))
        .map(c -> {
          var m = boards.toMessage(c);
          return new BoardCall(m.number(), m.windowCode(), m.windowName(),
              m.calledAt().toLocalTime().withNano(0).toString().substring(0, 5),
              consultationPrefixes.stream().anyMatch(p -> m.number().startsWith(p) && Character.isDigit(m.number().charAt(p.length()))));
        })
        .limit(12)
        .toList();
    model.addAttribute("hall", h);
    model.addAttribute("floor", floor);
    model.addAttribute("services", lines.stream().filter(l -> !l.consultation()).toList());
    model.addAttribute("consultation", lines.stream().filter(ServiceLine::consultation).toList());
    model.addAttribute("calls", calls.stream().filter(c -> !c.consultation()).toList());
    model.addAttribute("consultationCalls", calls.stream().filter(BoardCall::consultation).limit(3).toList());
    model.addAttribute("notice", settings.of(h.code()).notice());
    model.addAttribute("windowsJson", json.writeValueAsString(windowInfo));
    model.addAttribute("consultationJson", json.writeValueAsString(consultationPrefixes));
    return "queue/board";
  }
}

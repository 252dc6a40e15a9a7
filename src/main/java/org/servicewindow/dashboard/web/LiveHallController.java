package org.servicewindow.dashboard.web;

import java.util.List;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.dashboard.internal.LiveHall;
import org.servicewindow.dashboard.internal.LiveHallStreams;
import org.servicewindow.dashboard.internal.PublicScreen;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.DataScope;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The hall manager's live hall view and the public screen at a hall's entrance, each with its SSE stream. */
@Controller
class LiveHallController {

  private final LiveHall live;
  private final PublicScreen screen;
  private final LiveHallStreams streams;
  private final OrganizationApi organization;

  LiveHallController(LiveHall live, PublicScreen screen, LiveHallStreams streams, OrganizationApi organization) {
    this.live = live;
    this.screen = screen;
    this.streams = streams;
    this.organization = organization;
  }

  /** A hall manager goes straight to their hall; a leader or inspector picks one. */
  @GetMapping("/dashboard/live")
  String halls(@AuthenticationPrincipal Actor actor, Model model) {
    List<HallSummary> halls = halls(actor);
    if (halls.size() == 1) {
      return "redirect:/dashboard/halls/" + halls.get(0).code() + "/live";
    }
    model.addAttribute("halls", halls);
    return "dashboard/live-halls";
  }

  @GetMapping("/dashboard/halls/{hall}/live")
  String live(@AuthenticationPrincipal Actor actor, @PathVariable String hall, Model model) {
    HallSummary h = permitted(actor, hall);
    model.addAttribute("snapshot", live.of(h));
    return "dashboard/live";
  }

  @GetMapping("/dashboard/halls/{hall}/live/stream")
  SseEmitter liveStream(@AuthenticationPrincipal Actor actor, @PathVariable String hall) {
    return streams.open(permitted(actor, hall), false);
  }

  @GetMapping("/public/screens")
  String screens(Model model) {
    model.addAttribute("halls", organization.halls());
    return "dashboard/screens";
  }

  @GetMapping("/public/halls/{hall}/screen")
  String screen(@PathVariable String hall, Model model) {
    HallSummary h = organization.hall(hall).orElseThrow(() -> new NotFoundException("dashboard.notFound"));
    model.addAttribute("screen", screen.of(h));
    return "dashboard/screen";
  }

  @GetMapping("/public/halls/{hall}/screen/stream")
  @ResponseBody
  SseEmitter screenStream(@PathVariable String hall) {
    return streams.open(organization.hall(hall).orElseThrow(() -> new NotFoundException("dashboard.notFound")), true);
  }

  private List<HallSummary> halls(Actor actor) {
    DataScope scope = actor.scope();
    return organization.halls().stream().filter(h -> switch (scope.level()) {
      case ALL -> true;
      case HALL -> h.code().equals(scope.hallCode());
      case UNIT -> scope.unitCode().equals(h.unitCode());
      default -> false;
    }).toList();
  }

  private HallSummary permitted(Actor actor, String hall) {
    return halls(actor).stream().filter(h -> h.code().equals(hall)).findFirst()
        .orElseThrow(() -> new NotFoundException("dashboard.notFound"));
  }
}

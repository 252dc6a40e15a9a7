package org.servicewindow.queue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.CurrentActor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.queue.DeskAttendance;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketView;
import org.servicewindow.queue.internal.HallBoards;
import org.servicewindow.queue.internal.Tickets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The queue part of the public contract (api.md "Queue"): kiosks, caller pads, boards, citizens. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queue")
class QueueApiController {

  record IssueBody(
      @NotBlank @Size(max = 64) String serviceCode,
      IssueChannel channel,
      Priority priority,
      @Pattern(regexp = "ELDERLY|DISABLED|PREGNANT|MILITARY|URGENT", message = "{queue.greenReason.invalid}") String greenReason,
      @Pattern(regexp = "^$|^1[3-9][0-9]{9}$", message = "{queue.phone.invalid}") String phone) {}

  record TransferBody(@Size(max = 64) String serviceCode, @Size(max = 32) String windowCode, @Size(max = 500) String note) {}

  record PauseBody(@Size(max = 200) String reason) {}

  record ServiceJson(String code, String name, String prefix, int waiting) {}

  record TicketJson(
      UUID id,
      String number,
      String hallCode,
      String serviceCode,
      String serviceName,
      String status,
      String priority,
      OffsetDateTime issuedAt,
      OffsetDateTime calledAt,
      int ahead,
      int estimatedWaitMinutes,
      String windowCode,
      String windowName,
      String statusUrl,
      @JsonInclude(JsonInclude.Include.NON_NULL) String evaluationToken,
      @JsonInclude(JsonInclude.Include.NON_NULL) String evaluationUrl) {}

  record BoardCallJson(String number, String windowCode, String windowName, OffsetDateTime calledAt) {}

  record WaitingJson(String serviceCode, int count) {}

  record BoardJson(List<BoardCallJson> calls, List<WaitingJson> waiting) {}

  /** A desk session in the answer of a sign-in. */
  record DeskJson(String windowCode, String staffUsername, OffsetDateTime signedInAt) {}

  private final PublicAddress address;
  private final QueueManagement queue;
  private final DeskAttendance desk;
  private final OrganizationApi organization;
  private final HallBoards boards;
  private final Tickets tickets;
  private final OnlineIssueLimiter limiter;
  private final java.time.Clock clock;

  QueueApiController(QueueManagement queue, DeskAttendance desk, OrganizationApi organization,
      HallBoards boards, Tickets tickets, OnlineIssueLimiter limiter, PublicAddress address, java.time.Clock clock) {
    this.queue = queue;
    this.address = address;
    this.desk = desk;
    this.organization = organization;
    this.boards = boards;
    this.tickets = tickets;
    this.limiter = limiter;
    this.clock = clock;
  }

  @GetMapping("/halls/{hall}/services")
  @Operation(summary = "The services of a hall's line, with how many wait for each")
  List<ServiceJson> services(@PathVariable String hall) {
    return queue.lines(hall).stream().map(l -> new ServiceJson(l.code(), l.name(), l.prefix(), l.waiting())).toList();
  }

  @PostMapping(path = "/halls/{hall}/tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Take a ticket (kiosk of the hall, staff of the hall, or anyone where online tickets are on)")
  ResponseEntity<TicketJson> issue(@PathVariable String hall, @Valid @RequestBody IssueBody body, HttpServletRequest request) {
    Actor actor = CurrentActor.get().orElse(null);
    if (actor == null) {
      limiter.check(request.getRemoteAddr(), body.phone());
    }
    TicketView ticket = queue.issue(new QueueManagement.IssueRequest(hall, body.serviceCode(), body.channel(),
        body.priority(), body.greenReason(), body.phone()), actor);
    TicketJson json = json(ticket);
    return ResponseEntity.created(URI.create(json.statusUrl())).body(json);
  }

  @GetMapping("/tickets/{id}")
  @Operation(summary = "A ticket's status (the citizen's page polls this)")
  TicketJson ticket(@PathVariable UUID id) {
    return json(queue.ticket(id));
  }

  @PostMapping("/windows/{window}/call-next")
  @Operation(summary = "Call the next ticket to a window (its staff or caller pad); 204 when nobody waits")
  ResponseEntity<TicketJson> callNext(@PathVariable String window, @AuthenticationPrincipal Actor actor) {
    return queue.callNext(window, actor).map(t -> ResponseEntity.ok(json(t))).orElse(ResponseEntity.noContent().build());
  }

  @PostMapping("/windows/{window}/sign-in")
  @Operation(summary = "上岗: sign in at a window (its staff, or its caller pad for the window's responsible staff)",
      description = "Ends the same person's open sign-in at any other window and another person's at this one. "
          + "Not part of api.md; an addition of this implementation.")
  DeskJson signIn(@PathVariable String window, @AuthenticationPrincipal Actor actor) {
    var s = desk.signIn(window, actor);
    return new DeskJson(s.windowCode(), s.staffUsername(), ChinaTime.toOffset(s.signedInAt()));
  }

  @PostMapping("/windows/{window}/sign-out")
  @Operation(summary = "离岗: end the sign-in at a window (204 also when nobody was signed in)",
      description = "Not part of api.md; an addition of this implementation.")
  ResponseEntity<Void> signOut(@PathVariable String window, @AuthenticationPrincipal Actor actor) {
    desk.signOut(window, actor);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/windows/{window}/pause")
  @Operation(summary = "Pause a window (break), with a reason")
  ResponseEntity<Void> pause(@PathVariable String window, @Valid @RequestBody(required = false) PauseBody body,
      @AuthenticationPrincipal Actor actor) {
    queue.pause(window, body == null ? null : body.reason(), actor);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/windows/{window}/resume")
  @Operation(summary = "Resume calling at a paused window")
  ResponseEntity<Void> resume(@PathVariable String window, @AuthenticationPrincipal Actor actor) {
    queue.resume(window, actor);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/tickets/{id}/recall")
  TicketJson recall(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return json(queue.recall(id, actor));
  }

  @PostMapping("/tickets/{id}/start")
  TicketJson start(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return json(queue.start(id, actor));
  }

  @PostMapping("/tickets/{id}/no-show")
  TicketJson noShow(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return json(queue.markNoShow(id, actor));
  }

  @PostMapping("/tickets/{id}/complete")
  @Operation(summary = "Complete the service; the answer carries the evaluation token and its URL (the QR target)")
  TicketJson complete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return json(queue.complete(id, actor));
  }

  @PostMapping(path = "/tickets/{id}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Transfer to another service (or window); returns the ticket the citizen now holds")
  TicketJson transfer(@PathVariable UUID id, @Valid @RequestBody TransferBody body, @AuthenticationPrincipal Actor actor) {
    return json(queue.transfer(id, body.serviceCode(), body.windowCode(), body.note(), actor));
  }

  @PostMapping("/tickets/{id}/cancel")
  @Operation(summary = "The citizen gives up their place")
  TicketJson cancel(@PathVariable UUID id) {
    return json(queue.cancel(id));
  }

  @PostMapping("/tickets/{id}/requeue")
  @Operation(summary = "Staff put a no-show citizen back into the line")
  TicketJson requeue(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
    return json(queue.requeue(id, actor));
  }

  @GetMapping("/halls/{hall}/board")
  @Operation(summary = "What the display board shows: latest calls first, waiting counts")
  BoardJson board(@PathVariable String hall) {
    var lines = queue.lines(hall);
    var since = ChinaTime.today(clock).atStartOfDay(ChinaTime.ZONE).toInstant();
    List<BoardCallJson> calls = tickets.latestCalls(hall, since, 10).stream()
        .map(boards::toMessage)
        .map(m -> new BoardCallJson(m.number(), m.windowCode(), m.windowName(), m.calledAt()))
        .toList();
    return new BoardJson(calls, lines.stream().map(l -> new WaitingJson(l.code(), l.waiting())).toList());
  }

  @GetMapping(path = "/halls/{hall}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(summary = "Live calls of a hall (SSE, event ticket-called); send Last-Event-ID to replay missed calls")
  SseEmitter events(@PathVariable String hall, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
    organization.hall(hall).orElseThrow(() -> new NotFoundException("queue.hallNotFound", hall));
    Long after = null;
    if (lastEventId != null && lastEventId.matches("\\d{1,18}")) {
      after = Long.parseLong(lastEventId);
    }
    return boards.subscribe(hall, after);
  }

  private TicketJson json(TicketView t) {
    String base = address.base();
    return new TicketJson(t.id(), t.number(), t.hallCode(), t.serviceCode(), t.serviceName(), t.status().name(),
        t.priority().name(), ChinaTime.toOffset(t.issuedAt()), ChinaTime.toOffset(t.calledAt()), t.ahead(),
        t.estimatedWaitMinutes(), t.windowCode(), t.windowName(), base + "/q/" + t.id(), t.evaluationToken(),
        t.evaluationToken() == null ? null : base + "/e/" + t.evaluationToken());
  }
}

package org.servicewindow.queue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.servicewindow.queue.internal.HallDirectory;
import org.servicewindow.queue.internal.HallEvents;
import org.servicewindow.queue.internal.QueueServices;
import org.servicewindow.queue.internal.QueueServices.QueueService;
import org.servicewindow.queue.internal.QueueWindows;
import org.servicewindow.queue.internal.QueueWindows.WindowState;
import org.servicewindow.queue.internal.Ticket;
import org.servicewindow.queue.internal.Tickets;
import org.servicewindow.queue.internal.WaitEstimator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of every hall: issue tickets, call them at windows, serve, transfer and close them. Who may
 * do what is checked here, next to the rule it protects: a window is operated by the staff member signed
 * in to it or its caller pad, a ticket only at the window that holds it, a hall's kiosk issues only in
 * its hall.
 */
@Service
public class QueueManagement {

  /** What a kiosk, a phone or a staff member asks for. */
  public record IssueRequest(String hallCode, String serviceCode, IssueChannel channel, Priority priority,
      String greenReason, String phone) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Tickets tickets;
  private final QueueServices services;
  private final QueueWindows windows;
  private final WaitEstimator estimator;
  private final HallEvents hallEvents;
  private final HallDirectory directory;
  private final OrganizationApi organization;
  private final ApplicationEventPublisher events;
  private final DeskAttendance desk;
  private final Clock clock;

  QueueManagement(Tickets tickets, QueueServices services, QueueWindows windows,
      WaitEstimator estimator, HallEvents hallEvents, HallDirectory directory, OrganizationApi organization,
      ApplicationEventPublisher events, DeskAttendance desk, Clock clock) {
    this.desk = desk;
    this.directory = directory;
    this.tickets = tickets;
    this.services = services;
    this.windows = windows;
    this.estimator = estimator;
    this.hallEvents = hallEvents;
    this.organization = organization;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Issues the next number of a service's line. Allowed for a kiosk of the hall, staff of the hall, or —
   * where the hall allows online tickets — anyone (the web layer rate-limits them); a green-channel
   * ticket needs a kiosk or staff to confirm the need on site.
   *
   * @param actor the caller, or null when anonymous
   */
  @Transactional
  public TicketView issue(IssueRequest request, Actor actor) {
    HallSummary hall = hall(request.hallCode());
    QueueService service = directory.service(hall.code(), request.serviceCode())
        .filter(QueueService::enabled)
        .orElseThrow(() -> new NotFoundException("queue.serviceNotFound", request.serviceCode()));
    Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
    if (actor == null) {
      if (!hall.onlineTicketing()) {
        throw new ForbiddenException("queue.onlineTicketingOff", hall.name());
      }
      if (priority == Priority.GREEN_CHANNEL) {
        throw new BusinessRuleException("queue.greenChannelOnSite");
      }
    } else if (!mayIssueIn(actor, hall.code())) {
      throw new AccessDeniedException("not a kiosk or staff of " + hall.code());
    }
    if (priority == Priority.APPOINTMENT) {
      throw new BusinessRuleException("queue.appointmentByCheckIn");
    }
    return issueTicket(hall, service, priority, request.greenReason(),
        request.channel() == null ? IssueChannel.KIOSK : request.channel(), request.phone(), actor);
  }

  /**
   * The ticket of an appointment checked in at the kiosk (see {@link Appointments}): ahead of walk-ins
   * when the citizen came in time, an ordinary place in the line when late. The caller has checked the
   * appointment and the kiosk.
   */
  TicketView issueForAppointment(String hallCode, String serviceCode, boolean inTime, String phone, Actor actor) {
    HallSummary hall = hall(hallCode);
    QueueService service = services.find(hall.code(), serviceCode)
        .filter(QueueService::enabled)
        .orElseThrow(() -> new NotFoundException("queue.serviceNotFound", serviceCode));
    return issueTicket(hall, service, inTime ? Priority.APPOINTMENT : Priority.NORMAL, null, IssueChannel.APPOINTMENT,
        phone, actor);
  }

  private TicketView issueTicket(HallSummary hall, QueueService service, Priority priority, String greenReason,
      IssueChannel channel, String phone, Actor actor) {
    LocalDate day = ChinaTime.today(clock);
    int number = tickets.nextNumber(hall.code(), service.serviceCode(), day);
    Instant now = clock.instant(); // read holding the number: within a line, places follow numbers
    Ticket ticket = Ticket.issue(Ids.newId(clock), hall.code(), service.serviceCode(), day, number,
        displayNumber(service.prefix(), number), priority,
        priority == Priority.GREEN_CHANNEL ? greenReason : null, channel, blankToNull(phone), now);
    // the slip (people ahead, the wait promised) is read before the ticket is written: the line's number is held
    // meanwhile, so every ticket before this one is there and none after; the promise is stored with the ticket
    TicketView view = view(ticket);
    tickets.insert(ticket, view.estimatedWaitMinutes());
    tickets.recordEvent(ticket.id(), hall.code(), "ISSUED", now, null, actor == null ? null : actor.username(),
        priority == Priority.GREEN_CHANNEL ? "green:" + greenReason : null);
    events.publishEvent(new TicketIssued(ticket.id(), hall.code(), service.serviceCode(), ticket.displayNumber(),
        priority, now));
    return view;
  }

  /**
   * Calls the next citizen to a window: tickets reserved for the window first, then green channel (up
   * to the hall's cap in a row), then appointments in their slot, then by place in the line — among the
   * services the window handles, including those of A/B partners it stands in for. Empty when nobody waits.
   */
  @Transactional
  public Optional<TicketView> callNext(String windowCode, Actor actor) {
    WindowSummary window = window(windowCode);
    requireOperator(actor, window);
    Instant now = clock.instant();
    LocalDate day = ChinaTime.today(clock);
    var services = directory.servicesCalledAt(window);
    if (!tickets.anyCallable(window.hallCode(), day, window.code(), services)) {
      // nobody waits for this window: answered from what is committed, without the window's lock, so a console
      // pressing "call next" at an empty line writes nothing but its desk attendance (at most once a minute)
      String staff = operatorName(actor, window);
      attend(window, staff, actor, now);
      windows.find(window.code()).ifPresent(seen -> refuseUnlessFree(seen, window));
      return Optional.empty();
    }
    WindowState state = windows.lock(window.code(), window.hallCode(), now);
    String staff = operatorName(actor, window);
    attend(window, staff, actor, now);
    refuseUnlessFree(state, window);
    var hallSettings = directory.settings(window.hallCode());
    Optional<UUID> claimed = tickets.claimNext(window.hallCode(), day, window.code(), services,
        state.greenStreak() >= hallSettings.greenCap());
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    Ticket ticket = tickets.find(claimed.get()).orElseThrow();
    ticket.call(window.code(), staff, now);
    tickets.update(ticket, TicketStatus.WAITING);
    windows.save(new WindowState(window.code(), window.hallCode(), state.state(), null, ticket.id(),
        ticket.priority() == Priority.GREEN_CHANNEL ? state.greenStreak() + 1 : 0, now));
    TicketView view = view(ticket);
    announce(ticket, window, staff, now, false);
    return Optional.of(view);
  }

  /** A paused window calls nobody, nor does one whose current citizen is still at the counter. */
  private void refuseUnlessFree(WindowState state, WindowSummary window) {
    if (state.state() == QueueWindows.State.PAUSED) {
      throw new ConflictException("queue.windowPaused", window.name());
    }
    if (state.currentTicketId() != null) {
      tickets.find(state.currentTicketId()).filter(t -> TicketStatus.AT_WINDOW.contains(t.status())).ifPresent(t -> {
        throw new ConflictException("queue.finishCurrentFirst", t.displayNumber());
      });
    }
  }

  @Transactional
  public TicketView recall(UUID ticketId, Actor actor) {
    Ticket ticket = atOperatorsWindow(ticketId, actor);
    WindowSummary window = window(ticket.windowCode());
    Instant now = clock.instant();
    boolean stillCalled = ticket.recall(directory.settings(ticket.hallCode()).maxRecalls(), now);
    tickets.update(ticket, TicketStatus.CALLED);
    TicketView view = view(ticket);
    if (stillCalled) {
      announce(ticket, window, ticket.staffUsername(), now, true);
    } else {
      closeUnserved(ticket, "NO_SHOW", now, "max recalls");
    }
    return view;
  }

  @Transactional
  public TicketView start(UUID ticketId, Actor actor) {
    Ticket ticket = atOperatorsWindow(ticketId, actor);
    Instant now = clock.instant();
    ticket.start(now);
    tickets.update(ticket, TicketStatus.CALLED);
    tickets.recordEvent(ticket.id(), ticket.hallCode(), "STARTED", now, ticket.windowCode(), ticket.staffUsername(), null);
    events.publishEvent(new TicketServiceStarted(ticket.id(), ticket.hallCode(), ticket.windowCode(),
        ticket.staffUsername(), now));
    return view(ticket);
  }

  /** Ends the service and hands out the evaluation token the citizen rates it with (一次一评). */
  @Transactional
  public TicketView complete(UUID ticketId, Actor actor) {
    Ticket ticket = atOperatorsWindow(ticketId, actor);
    TicketStatus before = ticket.status();
    Instant now = clock.instant();
    ticket.complete(newEvaluationToken(), now);
    tickets.update(ticket, before);
    tickets.recordEvent(ticket.id(), ticket.hallCode(), "COMPLETED", now, ticket.windowCode(), ticket.staffUsername(), null);
    freeWindow(ticket, now);
    events.publishEvent(new TicketCompleted(ticket.id(), ticket.hallCode(), ticket.serviceCode(), ticket.windowCode(),
        ticket.staffUsername(), now, ticket.evaluationToken()));
    return view(ticket);
  }

  @Transactional
  public TicketView markNoShow(UUID ticketId, Actor actor) {
    Ticket ticket = atOperatorsWindow(ticketId, actor);
    Instant now = clock.instant();
    ticket.markNoShow(now);
    tickets.update(ticket, TicketStatus.CALLED);
    closeUnserved(ticket, "NO_SHOW", now, null);
    return view(ticket);
  }

  /**
   * Sends the citizen to another service's line (or straight to one window of the hall), keeping their
   * number and original place in time. Returns the ticket the citizen now holds.
   */
  @Transactional
  public TicketView transfer(UUID ticketId, String serviceCode, String targetWindow, String note, Actor actor) {
    Ticket ticket = atOperatorsWindow(ticketId, actor);
    String target = serviceCode == null || serviceCode.isBlank() ? ticket.serviceCode() : serviceCode;
    services.find(ticket.hallCode(), target).filter(QueueService::enabled)
        .orElseThrow(() -> new NotFoundException("queue.serviceNotFound", target));
    String reserved = null;
    if (targetWindow != null && !targetWindow.isBlank()) {
      WindowSummary w = window(targetWindow);
      if (!w.hallCode().equals(ticket.hallCode())) {
        throw new NotFoundException("queue.windowNotFound", targetWindow);
      }
      reserved = w.code();
    }
    if (target.equals(ticket.serviceCode()) && reserved == null) {
      throw new BusinessRuleException("queue.transferNowhere");
    }
    TicketStatus before = ticket.status();
    Instant now = clock.instant();
    Ticket moved = ticket.transferTo(Ids.newId(clock), target, reserved, blankToNull(note), now);
    tickets.update(ticket, before);
    tickets.insert(moved, null);
    closeUnserved(ticket, "TRANSFERRED", now, "to " + target + (reserved == null ? "" : "@" + reserved));
    tickets.recordEvent(moved.id(), moved.hallCode(), "ISSUED", now, null, ticket.staffUsername(), "transfer from " + ticket.id());
    return view(moved);
  }

  /** The citizen gives up their place (from their status page; the ticket id is their proof). */
  @Transactional
  public TicketView cancel(UUID ticketId) {
    Ticket ticket = tickets.lock(ticketId).orElseThrow(() -> new NotFoundException("queue.ticketNotFound"));
    ticket.cancel(clock.instant());
    tickets.update(ticket, TicketStatus.WAITING);
    closeUnserved(ticket, "CANCELLED", clock.instant(), null);
    return view(ticket);
  }

  /** Staff of the hall put a no-show citizen who came back into the line again. */
  @Transactional
  public TicketView requeue(UUID ticketId, Actor actor) {
    Ticket ticket = tickets.lock(ticketId).orElseThrow(() -> new NotFoundException("queue.ticketNotFound"));
    if (!isStaffOfHall(actor, ticket.hallCode())) {
      throw new AccessDeniedException("not staff of " + ticket.hallCode());
    }
    Instant now = clock.instant();
    ticket.requeue(now);
    tickets.update(ticket, TicketStatus.NO_SHOW);
    tickets.recordEvent(ticket.id(), ticket.hallCode(), "REQUEUED", now, null, actor.username(), null);
    return view(ticket);
  }

  /** A window stops calling for a while (a break, a meeting); its current ticket must be finished first. */
  @Transactional
  public void pause(String windowCode, String reason, Actor actor) {
    WindowSummary window = window(windowCode);
    requireOperator(actor, window);
    Instant now = clock.instant();
    WindowState state = windows.lock(window.code(), window.hallCode(), now);
    attend(window, operatorName(actor, window), actor, now);
    if (state.currentTicketId() != null
        && tickets.find(state.currentTicketId()).map(t -> TicketStatus.AT_WINDOW.contains(t.status())).orElse(false)) {
      throw new ConflictException("queue.finishCurrentFirst", "");
    }
    windows.save(new WindowState(window.code(), window.hallCode(), QueueWindows.State.PAUSED, blankToNull(reason),
        null, state.greenStreak(), now));
  }

  @Transactional
  public void resume(String windowCode, Actor actor) {
    WindowSummary window = window(windowCode);
    requireOperator(actor, window);
    Instant now = clock.instant();
    WindowState state = windows.lock(window.code(), window.hallCode(), now);
    attend(window, operatorName(actor, window), actor, now);
    windows.save(new WindowState(window.code(), window.hallCode(), QueueWindows.State.OPEN, null,
        state.currentTicketId(), state.greenStreak(), now));
  }

  @Transactional(readOnly = true)
  public TicketView ticket(UUID id) {
    return view(tickets.find(id).orElseThrow(() -> new NotFoundException("queue.ticketNotFound")));
  }

  /** The services of a hall's line with how many wait for each, in kiosk order. */
  @Transactional(readOnly = true)
  public List<ServiceLine> lines(String hallCode) {
    HallSummary hall = hall(hallCode);
    Map<String, Integer> waiting = tickets.waitingByService(hall.code(), ChinaTime.today(clock));
    return services.ofHall(hall.code()).stream()
        .filter(QueueService::enabled)
        .map(s -> new ServiceLine(s.serviceCode(), s.name(), s.prefix(), s.kind() == QueueServices.Kind.CONSULTATION,
            waiting.getOrDefault(s.serviceCode(), 0)))
        .toList();
  }

  /** One service of a hall's line. */
  public record ServiceLine(String code, String name, String prefix, boolean consultation, int waiting) {}

  /**
   * Gives up on a called citizen who has not come within the hall's call timeout (the housekeeping job's
   * call). Does nothing when the ticket moved on meanwhile — recalled, started, or expired by another node.
   *
   * @return whether the ticket became a no-show
   */
  @Transactional
  boolean expireCall(UUID ticketId, int timeoutMinutes) {
    Optional<Ticket> locked = tickets.lock(ticketId);
    Instant now = clock.instant();
    if (locked.isEmpty() || locked.get().status() != TicketStatus.CALLED
        || locked.get().calledAt().plus(java.time.Duration.ofMinutes(timeoutMinutes)).isAfter(now)) {
      return false;
    }
    Ticket ticket = locked.get();
    ticket.markNoShow(now);
    tickets.update(ticket, TicketStatus.CALLED);
    closeUnserved(ticket, "NO_SHOW", now, "call timeout");
    return true;
  }

  /**
   * Closes a ticket still open after its day ended (the daily reset): a waiting citizen left, a called one
   * did not come, a service in progress was not completed at the window.
   *
   * @return whether the ticket was closed here (false when it was no longer open)
   */
  @Transactional
  boolean closeAfterDay(UUID ticketId) {
    Optional<Ticket> locked = tickets.lock(ticketId);
    if (locked.isEmpty() || !locked.get().status().isOpen() || !locked.get().day().isBefore(ChinaTime.today(clock))) {
      return false;
    }
    Ticket ticket = locked.get();
    TicketStatus before = ticket.status();
    Instant now = clock.instant();
    ticket.closeAfterDay(now);
    tickets.update(ticket, before);
    if (ticket.status() == TicketStatus.COMPLETED) {
      tickets.recordEvent(ticket.id(), ticket.hallCode(), "COMPLETED", now, ticket.windowCode(), ticket.staffUsername(),
          "day closed");
      freeWindow(ticket, now);
    } else {
      closeUnserved(ticket, ticket.status().name(), now, "day closed");
    }
    return true;
  }

  // --- rules and helpers -------------------------------------------------------------------------

  /**
   * Announces a call: to the modules listening, then on the boards. The boards' part is the last step of the
   * transaction (see {@link HallEvents}): it takes the hall's board sequence, which every call of the hall waits
   * for until this transaction commits, so nothing else may run while it is held.
   */
  private void announce(Ticket ticket, WindowSummary window, String staff, Instant now, boolean recall) {
    events.publishEvent(new TicketCalled(ticket.id(), ticket.hallCode(), ticket.serviceCode(), ticket.displayNumber(),
        window.code(), staff, now, recall));
    hallEvents.announce(ticket.id(), ticket.hallCode(), ticket.displayNumber(), ticket.serviceCode(), window.code(),
        staff, now, recall);
  }

  private void closeUnserved(Ticket ticket, String type, Instant now, String detail) {
    tickets.recordEvent(ticket.id(), ticket.hallCode(), type, now, ticket.windowCode(), ticket.staffUsername(), detail);
    freeWindow(ticket, now);
    events.publishEvent(new TicketClosedUnserved(ticket.id(), ticket.hallCode(), ticket.serviceCode(), ticket.status(), now));
  }

  private void freeWindow(Ticket ticket, Instant now) {
    if (ticket.windowCode() == null) {
      return;
    }
    windows.find(ticket.windowCode())
        .filter(s -> ticket.id().equals(s.currentTicketId()))
        .ifPresent(s -> windows.save(new WindowState(s.windowCode(), s.hallCode(), s.state(), s.pauseReason(), null,
            s.greenStreak(), now)));
  }

  /** The ticket, locked, provided the actor operates the window that holds it. */
  private Ticket atOperatorsWindow(UUID ticketId, Actor actor) {
    Ticket ticket = tickets.lock(ticketId).orElseThrow(() -> new NotFoundException("queue.ticketNotFound"));
    if (ticket.windowCode() == null) {
      throw new ConflictException("ticket.transitionNotAllowed", ticket.displayNumber(), ticket.status());
    }
    WindowSummary window = window(ticket.windowCode());
    requireOperator(actor, window);
    attend(window, actor.isDevice() ? ticket.staffUsername() : actor.username(), actor, clock.instant());
    return ticket;
  }

  /**
   * Every operator press is console activity: it keeps the desk's sign-in alive or signs its person in.
   *
   * @param staff the person behind the press (for a caller pad the window's responsible staff member), or null
   */
  private void attend(WindowSummary window, String staff, Actor actor, Instant now) {
    desk.activity(window, staff, actor.username(), now);
  }

  private static void requireOperator(Actor actor, WindowSummary window) {
    boolean operator = actor != null && window.code().equals(actor.windowCode())
        && (actor.has(Role.STAFF) || actor.has(Role.DEVICE_CALLER));
    if (!operator) {
      throw new AccessDeniedException("not the operator of window " + window.code());
    }
  }

  private String operatorName(Actor actor, WindowSummary window) {
    if (!actor.isDevice()) {
      return actor.username();
    }
    return directory.responsibleStaff(window).map(StaffSummary::username).orElse(null);
  }

  private static boolean mayIssueIn(Actor actor, String hall) {
    return (actor.has(Role.DEVICE_KIOSK) && hall.equals(actor.hallCode())) || isStaffOfHall(actor, hall);
  }

  private static boolean isStaffOfHall(Actor actor, String hall) {
    return actor != null && !actor.isDevice() && hall.equals(actor.hallCode())
        && (actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER));
  }

  private TicketView view(Ticket t) {
    String serviceName = directory.service(t.hallCode(), t.serviceCode()).map(QueueService::name).orElse(t.serviceCode());
    int ahead = tickets.aheadOf(t);
    int wait = t.status() == TicketStatus.WAITING
        ? estimator.minutes(t.hallCode(), t.serviceCode(), ahead, directory.openWindowsFor(t.hallCode(), t.serviceCode()))
        : 0;
    String windowName = t.windowCode() == null ? null
        : directory.window(t.windowCode()).map(WindowSummary::name).orElse(t.windowCode());
    return new TicketView(t.id(), t.displayNumber(), t.hallCode(), t.serviceCode(), serviceName, t.status(),
        t.priority(), t.issuedAt(), t.calledAt(), ahead, wait, t.windowCode(), windowName, null, t.evaluationToken());
  }

  private HallSummary hall(String code) {
    return directory.hall(code).orElseThrow(() -> new NotFoundException("queue.hallNotFound", code));
  }

  private WindowSummary window(String code) {
    return directory.window(code).orElseThrow(() -> new NotFoundException("queue.windowNotFound", code));
  }

  /** A001 … A999, then A1000: three digits at least (padded by hand; String.format showed in the issue's profile). */
  static String displayNumber(String prefix, int number) {
    String digits = Integer.toString(number);
    return prefix + "000".substring(Math.min(3, digits.length())) + digits;
  }

  private static String newEvaluationToken() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

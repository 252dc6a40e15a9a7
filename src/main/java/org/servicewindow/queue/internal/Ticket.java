package org.servicewindow.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.servicewindow.common.ConflictException;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.TicketStatus;

/**
 * A queue ticket: the number a citizen holds from the moment they take it until they are served or
 * leave. Each intention-revealing method checks that the ticket is in a status that allows it (anything
 * else is a 409 for the caller) and records the time; the database adds the guarantee that only one
 * window can take a waiting ticket.
 */
public class Ticket {

  private final UUID id;
  private final String hallCode;
  private final String serviceCode;
  private final LocalDate day;
  private final Integer number;
  private final String displayNumber;
  private final Priority priority;
  private final String greenReason;
  private final IssueChannel channel;
  private final String phone;
  private final Instant issuedAt;
  private final UUID transferredFrom;
  private final String reservedWindow;
  private TicketStatus status;
  private Instant queuedAt;
  private String windowCode;
  private String staffUsername;
  private Instant calledAt;
  private Instant startedAt;
  private Instant finishedAt;
  private int recalls;
  private String evaluationToken;
  private String note;

  Ticket(UUID id, String hallCode, String serviceCode, LocalDate day, Integer number, String displayNumber,
      Priority priority, String greenReason, IssueChannel channel, String phone, Instant issuedAt,
      UUID transferredFrom, String reservedWindow, TicketStatus status, Instant queuedAt, String windowCode,
      String staffUsername, Instant calledAt, Instant startedAt, Instant finishedAt, int recalls,
      String evaluationToken, String note) {
    this.id = id;
    this.hallCode = hallCode;
    this.serviceCode = serviceCode;
    this.day = day;
    this.number = number;
    this.displayNumber = displayNumber;
    this.priority = priority;
    this.greenReason = greenReason;
    this.channel = channel;
    this.phone = phone;
    this.issuedAt = issuedAt;
    this.transferredFrom = transferredFrom;
    this.reservedWindow = reservedWindow;
    this.status = status;
    this.queuedAt = queuedAt;
    this.windowCode = windowCode;
    this.staffUsername = staffUsername;
    this.calledAt = calledAt;
    this.startedAt = startedAt;
    this.finishedAt = finishedAt;
    this.recalls = recalls;
    this.evaluationToken = evaluationToken;
    this.note = note;
  }

  /** A new ticket, waiting from now. */
  public static Ticket issue(UUID id, String hallCode, String serviceCode, LocalDate day, int number, String displayNumber,
      Priority priority, String greenReason, IssueChannel channel, String phone, Instant now) {
    return new Ticket(id, hallCode, serviceCode, day, number, displayNumber, priority, greenReason, channel, phone,
        now, null, null, TicketStatus.WAITING, now, null, null, null, null, null, 0, null, null);
  }

  /** The window calls this ticket (the repository has already made sure no other window did). */
  public void call(String window, String staff, Instant now) {
    require(TicketStatus.WAITING);
    status = TicketStatus.CALLED;
    windowCode = window;
    staffUsername = staff;
    calledAt = now;
  }

  /**
   * Calls the citizen again. After {@code maxRecalls} recalls the next one gives up on them: the ticket
   * becomes a no-show and the window is free for the next number.
   *
   * @return whether the ticket is still called (false when it just became a no-show)
   */
  public boolean recall(int maxRecalls, Instant now) {
    require(TicketStatus.CALLED);
    if (recalls >= maxRecalls) {
      markNoShow(now);
      return false;
    }
    recalls++;
    calledAt = now;
    return true;
  }

  public void start(Instant now) {
    require(TicketStatus.CALLED);
    status = TicketStatus.SERVING;
    startedAt = now;
  }

  /** Ends the service; a ticket completed straight from CALLED counts as started when called. */
  public void complete(String token, Instant now) {
    require(TicketStatus.CALLED, TicketStatus.SERVING);
    if (startedAt == null) {
      startedAt = calledAt;
    }
    status = TicketStatus.COMPLETED;
    finishedAt = now;
    evaluationToken = token;
  }

  public void markNoShow(Instant now) {
    require(TicketStatus.CALLED);
    status = TicketStatus.NO_SHOW;
    finishedAt = now;
  }

  /** Staff put a no-show citizen who came back into the line again, behind those waiting now. */
  public void requeue(Instant now) {
    require(TicketStatus.NO_SHOW);
    status = TicketStatus.WAITING;
    queuedAt = now;
    windowCode = null;
    staffUsername = null;
    calledAt = null;
    finishedAt = null;
    recalls = 0;
  }

  /** The citizen gives up their place. */
  public void cancel(Instant now) {
    require(TicketStatus.WAITING);
    status = TicketStatus.CANCELLED;
    finishedAt = now;
  }

  /**
   * Closes a ticket its day ended on: a waiting citizen left (cancelled), a called one did not come
   * (no-show), a service in progress counts as completed — without an end time, since nobody recorded
   * it, so it does not distort service times — and without an evaluation token.
   */
  public void closeAfterDay(Instant now) {
    require(TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING);
    switch (status) {
      case WAITING -> status = TicketStatus.CANCELLED;
      case CALLED -> status = TicketStatus.NO_SHOW;
      default -> status = TicketStatus.COMPLETED;
    }
    finishedAt = status == TicketStatus.COMPLETED ? null : now;
  }

  /**
   * Moves the citizen to another service's line (or to one window), keeping their number and their
   * original place in time so the transfer costs them nothing; this ticket ends as TRANSFERRED.
   */
  public Ticket transferTo(UUID newId, String targetService, String targetWindow, String transferNote, Instant now) {
    require(TicketStatus.CALLED, TicketStatus.SERVING);
    status = TicketStatus.TRANSFERRED;
    finishedAt = now;
    note = transferNote;
    return new Ticket(newId, hallCode, targetService, day, null, displayNumber, priority, greenReason, channel, phone,
        issuedAt, id, targetWindow, TicketStatus.WAITING, queuedAt, null, null, null, null, null, 0, null, transferNote);
  }

  private void require(TicketStatus... allowed) {
    for (TicketStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new ConflictException("ticket.transitionNotAllowed", displayNumber,
        new org.springframework.context.support.DefaultMessageSourceResolvable("ticket.status." + status));
  }

  public UUID id() { return id; }
  public String hallCode() { return hallCode; }
  public String serviceCode() { return serviceCode; }
  public LocalDate day() { return day; }
  public Integer number() { return number; }
  public String displayNumber() { return displayNumber; }
  public Priority priority() { return priority; }
  public String greenReason() { return greenReason; }
  public IssueChannel channel() { return channel; }
  public String phone() { return phone; }
  public Instant issuedAt() { return issuedAt; }
  public UUID transferredFrom() { return transferredFrom; }
  public String reservedWindow() { return reservedWindow; }
  public TicketStatus status() { return status; }
  public Instant queuedAt() { return queuedAt; }
  public String windowCode() { return windowCode; }
  public String staffUsername() { return staffUsername; }
  public Instant calledAt() { return calledAt; }
  public Instant startedAt() { return startedAt; }
  public Instant finishedAt() { return finishedAt; }
  public int recalls() { return recalls; }
  public String evaluationToken() { return evaluationToken; }
  public String note() { return note; }
}

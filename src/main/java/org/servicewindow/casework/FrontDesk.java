package org.servicewindow.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.casework.internal.CaseHistory;
import org.servicewindow.casework.internal.CaseworkProperties;
import org.servicewindow.casework.internal.DeskRecords;
import org.servicewindow.casework.internal.DeskRecords.Consultation;
import org.servicewindow.casework.internal.DeskRecords.Escalation;
import org.servicewindow.casework.internal.DeskRecords.Inquiry;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.ServiceItemSummary;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The window's duties besides applications: 首问负责 — the first staff member asked owns an inquiry until
 * it is resolved or a colleague accepts it; consultations answered completely at once and logged; and
 * escalations (上报) of new problems to a leader, which need a proposed solution and get a decision by a
 * deadline that goes back to the staff member and the case.
 */
@Service
public class FrontDesk {

  /** Working days a leader has to decide an escalation. */
  static final int ESCALATION_DAYS = 3;
  static final Set<String> DECISIONS = Set.of("APPROVED", "AMENDED", "REJECTED");

  private final DeskRecords records;
  private final CaseHistory history;
  private final Casework casework;
  private final Catalog catalog;
  private final OrganizationApi organization;
  private final UserDirectory users;
  private final WorkingDays workingDays;
  private final Notifications notifications;
  private final CaseworkProperties properties;
  private final PublicAddress address;
  private final AuditTrail audit;
  private final Clock clock;

  FrontDesk(DeskRecords records, CaseHistory history, Casework casework, Catalog catalog, OrganizationApi organization,
      UserDirectory users, WorkingDays workingDays, Notifications notifications, CaseworkProperties properties,
      PublicAddress address, AuditTrail audit, Clock clock) {
    this.records = records;
    this.address = address;
    this.history = history;
    this.casework = casework;
    this.catalog = catalog;
    this.organization = organization;
    this.users = users;
    this.workingDays = workingDays;
    this.notifications = notifications;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  // ---- first-contact inquiries ----

  @Transactional
  public Inquiry logInquiry(String subject, String question, String citizenName, String citizenPhone, Actor actor) {
    requireDeskRole(actor);
    require(subject, "casework.inquiry.subjectRequired");
    require(question, "casework.inquiry.questionRequired");
    Inquiry i = new Inquiry(Ids.newId(clock), actor.unitCode(), actor.hallCode(), actor.windowCode(), subject.trim(),
        question.trim(), blank(citizenName), blank(citizenPhone), actor.username(), name(actor), "OPEN", null, null, null,
        clock.instant(), null);
    records.insert(i);
    records.inquiryEvent(i.id(), "LOGGED", clock.instant(), name(actor), null);
    audit.record("inquiry.logged", "inquiry", i.id(), null, Map.of("subject", i.subject()));
    return i;
  }

  /** The owner asks a colleague to take the inquiry over; it stays theirs until the colleague accepts. */
  @Transactional
  public Inquiry offerHandover(UUID id, String toUsername, String note, Actor actor) {
    Inquiry i = ownedOpenInquiry(id, actor);
    String to = blank(toUsername);
    if (to == null || to.equals(actor.username()) || !users.exists(to)) {
      throw new InvalidInputException("casework.inquiry.handoverTo");
    }
    require(note, "casework.inquiry.noteRequired");
    Inquiry offered = with(i, i.ownerUsername(), i.ownerName(), "HANDOVER", to, note.trim(), null, null, i.unitCode(),
        i.hallCode(), i.windowCode());
    records.update(offered);
    records.inquiryEvent(id, "HANDOVER_OFFERED", clock.instant(), name(actor), to + ": " + note.trim());
    notifications.send(Notification.of(Channel.WECHAT, to, "casework.handover", "inquiry:" + id, i.subject(), name(actor)));
    return offered;
  }

  /** The colleague asked accepts: from now on they own the inquiry (the record shows both). */
  @Transactional
  public Inquiry acceptHandover(UUID id, Actor actor) {
    Inquiry i = records.inquiry(id, true).filter(x -> visible(x, actor))
        .orElseThrow(() -> new NotFoundException("casework.inquiry.notFound"));
    if (!"HANDOVER".equals(i.status()) || !actor.username().equals(i.handoverTo())) {
      throw new ConflictException("casework.inquiry.notOffered");
    }
    Inquiry taken = with(i, actor.username(), name(actor), "OPEN", null, i.handoverNote(), null, null,
        actor.unitCode(), actor.hallCode(), actor.windowCode());
    records.update(taken);
    records.inquiryEvent(id, "HANDOVER_ACCEPTED", clock.instant(), name(actor), i.ownerName() + " → " + name(actor));
    audit.record("inquiry.handedOver", "inquiry", id, Map.of("owner", i.ownerUsername()), Map.of("owner", actor.username()));
    return taken;
  }

  @Transactional
  public Inquiry resolve(UUID id, String resolution, Actor actor) {
    Inquiry i = ownedOpenInquiry(id, actor);
    require(resolution, "casework.inquiry.resolutionRequired");
    Inquiry resolved = with(i, i.ownerUsername(), i.ownerName(), "RESOLVED", null, i.handoverNote(), resolution.trim(),
        clock.instant(), i.unitCode(), i.hallCode(), i.windowCode());
    records.update(resolved);
    records.inquiryEvent(id, "RESOLVED", clock.instant(), name(actor), resolution.trim());
    return resolved;
  }

  public Paged<Inquiry> inquiries(Actor actor, boolean overdueOnly, PageQuery page) {
    Instant before = overdueOnly ? clock.instant().minus(Duration.ofHours(properties.inquiryOpenHours())) : null;
    return records.inquiries(actor, false, before, page);
  }

  public Instant inquiryOverdueBefore() {
    return clock.instant().minus(Duration.ofHours(properties.inquiryOpenHours()));
  }

  public java.util.List<DeskRecords.InquiryEvent> inquiryEvents(UUID id, Actor actor) {
    records.inquiry(id, false).filter(x -> visible(x, actor))
        .orElseThrow(() -> new NotFoundException("casework.inquiry.notFound"));
    return records.inquiryEvents(id);
  }

  // ---- consultations ----

  /** Logs a consultation answered at the window; with a phone and consent the guide's link goes out by SMS. */
  @Transactional
  public Consultation logConsultation(String serviceCode, String question, String answer, String phone,
      boolean sendGuide, int minutes, Actor actor) {
    requireDeskRole(actor);
    require(question, "casework.consultation.questionRequired");
    require(answer, "casework.consultation.answerRequired");
    if (minutes < 1 || minutes > 240) {
      throw new InvalidInputException("casework.consultation.minutes.invalid");
    }
    ServiceItemSummary item = blank(serviceCode) == null ? null
        : catalog.find(serviceCode).orElseThrow(() -> new InvalidInputException("casework.service.notFound", serviceCode));
    String number = blank(phone);
    if (number != null && !number.matches("1[3-9][0-9]{9}")) {
      throw new InvalidInputException("casework.applicant.phoneInvalid");
    }
    boolean sent = sendGuide && item != null && number != null;
    Consultation c = new Consultation(Ids.newId(clock), actor.unitCode(), actor.hallCode(), actor.windowCode(),
        actor.username(), name(actor), item == null ? null : item.code(), item == null ? null : item.name(),
        question.trim(), answer.trim(), number, sent, minutes, clock.instant());
    records.insert(c);
    if (sent) {
      notifications.send(Notification.of(Channel.SMS, number, "casework.guideLink", "consultation:" + c.id(),
          item.name(), address.absolute("/guides/" + item.code())));
    }
    audit.record("consultation.logged", "consultation", c.id(), null, Map.of("service", String.valueOf(c.serviceCode())));
    return c;
  }

  public Paged<Consultation> consultations(Actor actor, PageQuery page) {
    return records.consultations(actor, page);
  }

  // ---- escalations ----

  /** Escalates a new problem to a leader; without a proposed solution it is refused (400). */
  @Transactional
  public Escalation escalate(String problem, String proposedSolution, UUID applicationId, Actor actor) {
    if (!(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))) {
      throw new ForbiddenException("casework.readOnly");
    }
    require(problem, "casework.escalation.problemRequired");
    require(proposedSolution, "casework.escalation.solutionRequired");
    if (applicationId != null) {
      casework.get(applicationId, actor);
    }
    var today = ChinaTime.today(clock);
    Escalation e = new Escalation(Ids.newId(clock), actor.unitCode(), actor.hallCode(), actor.windowCode(), applicationId,
        actor.username(), name(actor), problem.trim(), proposedSolution.trim(), "OPEN",
        workingDays.addWorkingDays(today, ESCALATION_DAYS).date(), clock.instant(), null, null, null, null);
    records.insert(e);
    if (applicationId != null) {
      history.event(applicationId, "ESCALATED", clock.instant(), name(actor), problem.trim());
    }
    audit.record("escalation.raised", "escalation", e.id(), null, Map.of("problem", e.problem()));
    return e;
  }

  /** A leader approves, amends (with an instruction) or rejects (with an instruction); the staff member is told. */
  @Transactional
  public Escalation decide(UUID id, String decision, String instruction, Actor actor) {
    Escalation e = escalation(id, actor);
    if (!actor.has(Role.LEADER)) {
      throw new ForbiddenException("casework.escalation.leaderOnly");
    }
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new InvalidInputException("casework.escalation.decision");
    }
    if (!"APPROVED".equals(decision)) {
      require(instruction, "casework.escalation.instructionRequired");
    }
    if (!records.decide(id, decision, actor.username(), name(actor), clock.instant(), blank(instruction))) {
      throw new ConflictException("casework.escalation.decided");
    }
    if (e.applicationId() != null) {
      history.event(e.applicationId(), "ESCALATION_" + decision, clock.instant(), name(actor), blank(instruction));
    }
    notifications.send(Notification.of(Channel.WECHAT, e.raisedBy(), "casework.escalationDecided", "escalation:" + id,
        e.problem(), decision.equals("APPROVED") ? 0 : decision.equals("AMENDED") ? 1 : 2,
        blank(instruction) == null ? "" : instruction.trim()));
    audit.record("escalation.decided", "escalation", id, Map.of("status", "OPEN"), Map.of("status", decision));
    return records.escalation(id).orElseThrow();
  }

  public Escalation escalation(UUID id, Actor actor) {
    return records.escalation(id).filter(e -> actor.scope().permits(e.unitCode(), e.hallCode(), e.windowCode())
            || e.raisedBy().equals(actor.username()))
        .orElseThrow(() -> new NotFoundException("casework.escalation.notFound"));
  }

  public Paged<Escalation> escalations(Actor actor, boolean openOnly, PageQuery page) {
    return records.escalations(actor, openOnly, page);
  }

  // ----

  private Inquiry ownedOpenInquiry(UUID id, Actor actor) {
    Inquiry i = records.inquiry(id, true).filter(x -> visible(x, actor))
        .orElseThrow(() -> new NotFoundException("casework.inquiry.notFound"));
    if (!i.ownerUsername().equals(actor.username())) {
      throw new ForbiddenException("casework.inquiry.ownerOnly", i.ownerName());
    }
    if ("RESOLVED".equals(i.status())) {
      throw new ConflictException("casework.inquiry.resolved");
    }
    return i;
  }

  private static boolean visible(Inquiry i, Actor actor) {
    return actor.scope().permits(i.unitCode(), i.hallCode(), i.windowCode()) || actor.username().equals(i.ownerUsername())
        || actor.username().equals(i.handoverTo());
  }

  private static Inquiry with(Inquiry i, String owner, String ownerName, String status, String to, String note,
      String resolution, Instant resolvedAt, String unit, String hall, String window) {
    return new Inquiry(i.id(), unit, hall, window, i.subject(), i.question(), i.citizenName(), i.citizenPhone(), owner,
        ownerName, status, to, note, resolution, i.createdAt(), resolvedAt);
  }

  private static void requireDeskRole(Actor actor) {
    if (actor == null || !(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER))) {
      throw new ForbiddenException("casework.intake.staffOnly");
    }
  }

  private static void require(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(key);
    }
  }

  private String name(Actor actor) {
    return organization.staffOfUser(actor.username()).map(StaffSummary::name).orElse(actor.displayName());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

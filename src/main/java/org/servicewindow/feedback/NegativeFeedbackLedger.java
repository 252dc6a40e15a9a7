package org.servicewindow.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.common.UploadedFiles;
import org.servicewindow.feedback.internal.EvaluationRecord;
import org.servicewindow.feedback.internal.EvaluationStore;
import org.servicewindow.feedback.internal.FeedbackProperties;
import org.servicewindow.feedback.internal.LedgerStore;
import org.servicewindow.feedback.internal.LedgerStore.Entry;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.UserDirectory;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 差评台账: every 不满意/非常不满意 goes to whoever handled the service and their unit (谁办理谁负责) and is
 * verified (成立/不成立 with evidence) → rectified (at once, or by a deadline in working days) or explained
 * → called back (mandatory for a real-name rating) → closed. Overdue entries escalate to the unit. Every
 * step is kept on the entry's timeline and in the audit log.
 */
@Service
public class NegativeFeedbackLedger {

  /** A file handed in as evidence for a step (a photo, a scanned statement, a training record…). */
  public record EvidenceFile(String fileName, byte[] content) {}

  /** At most this many evidence files per step, each at most {@link #MAX_EVIDENCE_BYTES}. */
  public static final int MAX_EVIDENCE_FILES = 5;

  public static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * Who a complaint without a responsible unit goes to: a window (its unit and hall, and the staff member on
   * duty there unless one is named), or a unit (and optionally a staff member of it by staff number).
   */
  public record Assignment(ComplaintType type, String unitCode, String windowCode, String staffNumber) {}

  private final LedgerStore store;
  private final EvaluationStore evaluations;
  private final WorkingDays workingDays;
  private final FeedbackProperties properties;
  private final OrganizationApi organization;
  private final UserDirectory users;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  NegativeFeedbackLedger(LedgerStore store, EvaluationStore evaluations, WorkingDays workingDays,
      FeedbackProperties properties, OrganizationApi organization, UserDirectory users, Notifications notifications,
      AuditTrail audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.users = users;
    this.store = store;
    this.evaluations = evaluations;
    this.workingDays = workingDays;
    this.properties = properties;
    this.organization = organization;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens the entry of a 差评 (called in the rating's own transaction) and alerts the hall's managers and unit. */
  @Transactional
  public UUID openFor(UUID evaluationId) {
    EvaluationRecord e = evaluations.find(evaluationId).orElseThrow();
    if (!e.negative()) {
      throw new IllegalArgumentException("only a negative rating opens a ledger entry");
    }
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    WorkingDate due = workingDays.addWorkingDays(today, properties.ledgerWorkingDays());
    UUID id = Ids.newId(clock);
    String number = "HC" + today.format(DAY) + "-" + id.toString().substring(28).toUpperCase();
    store.insert(new Entry(id, number, "EVALUATION", e.id(), LedgerStatus.OPEN, e.unitCode(), e.hallCode(),
        e.windowCode(), e.staffUsername(), e.serviceCode(), e.level(), summary(e), e.contactName(), e.contactPhone(),
        e.realName(), now, due.date(), due.provisional(), null, null, null, null, null, null, 0, "EVALUATION", null));
    store.step(id, "OPENED", null, now, String.valueOf(e.level()), null);
    audit.record("feedback.ledger.opened", "ledger-entry", number, null,
        Map.of("evaluation", e.id(), "level", e.level(), "dueOn", due.date().toString()));
    alert(number, e.unitCode(), e.hallCode(), e.windowCode(), e.level());
    return id;
  }

  /** Alerts the unit of a new complaint the way it is alerted of a 差评. */
  void alertComplaint(String number, String unit, String hall) {
    if (unit == null) {
      return;
    }
    organization.unit(unit).map(u -> u.contactPhone()).filter(p -> p != null && !p.isBlank()).ifPresent(phone ->
        notifications.send(Notification.of(Channel.SMS, phone, "feedbackComplaint", "ledger:" + number, number,
            hall == null ? "" : organization.hall(hall).map(h -> h.name()).orElse(hall))));
  }

  private static String summary(EvaluationRecord e) {
    return e.comment();
  }

  /**
   * The hall's managers and its unit learn of each 差评 at once: SMS and e-mail to every hall manager who has
   * them, SMS to the unit's contact phone (all through the outbox, so a failing gateway loses nothing).
   */
  private void alert(String number, String unit, String hall, String window, int level) {
    String hallName = hall == null ? "" : organization.hall(hall).map(h -> h.name()).orElse(hall);
    String windowName = window == null ? "" : organization.window(window).map(w -> w.name()).orElse(window);
    List<String> phones = new ArrayList<>();
    if (hall != null) {
      for (UserDirectory.Contact manager : users.contactsInHall(Role.HALL_MANAGER, hall)) {
        if (manager.phone() != null && !manager.phone().isBlank()) {
          phones.add(manager.phone());
        }
        if (manager.email() != null && !manager.email().isBlank()) {
          notifications.send(Notification.of(Channel.EMAIL, manager.email(), "feedbackNegative", "ledger:" + number,
              number, hallName, windowName, level));
        }
      }
    }
    if (unit != null) {
      organization.unit(unit).map(u -> u.contactPhone()).filter(p -> p != null && !p.isBlank()).ifPresent(phones::add);
    }
    phones.stream().distinct().forEach(phone -> notifications.send(Notification.of(Channel.SMS, phone,
        "feedbackNegative", "ledger:" + number, number, hallName, windowName, level)));
  }

  /** One page of the entries the actor may see. */
  public Paged<LedgerEntryView> page(Actor actor, LedgerStatus status, boolean overdueOnly, PageQuery page) {
    LocalDate today = ChinaTime.today(clock);
    return store.page(actor.scope(), actor.has(Role.STAFF) ? actor.username() : null,
            new LedgerStore.Filter(status, overdueOnly, today), page)
        .map(e -> view(e, actor, List.of()));
  }

  /** One entry with its timeline; an entry outside the actor's scope does not exist for them. */
  public LedgerEntryView entry(Actor actor, UUID id) {
    Entry e = visible(actor, id);
    List<LedgerStore.Attachment> files = store.attachments(id);
    List<LedgerEntryView.Step> steps = store.steps(id).stream()
        .map(s -> new LedgerEntryView.Step(s.step(), s.actor(), s.at(), s.outcome(), s.note(), files.stream()
            .filter(f -> s.id().equals(f.stepId())).map(NegativeFeedbackLedger::ref).toList()))
        .toList();
    return view(e, actor, steps, files);
  }

  /** An attachment of an entry the actor may see. */
  public LedgerStore.Attachment attachment(Actor actor, UUID entry, UUID attachment) {
    visible(actor, entry);
    return store.attachment(entry, attachment).orElseThrow(() -> new NotFoundException("feedback.ledger.notFound"));
  }

  /**
   * Who assigns the complaints that arrive without a unit (e-mail): a hall manager (to the windows and
   * units of their hall) or an inspector (city-wide, as the hotline's dispatch). Identity has no role of
   * its own for the hotline operator; the hall manager stands for the hall's hotline desk.
   */
  public boolean mayAssign(Actor actor) {
    return !actor.isDevice() && (actor.has(Role.HALL_MANAGER) || actor.has(Role.INSPECTOR));
  }

  /** Whether the entry is a complaint still waiting for its unit. */
  public static boolean unassigned(LedgerEntryView e) {
    return "COMPLAINT".equals(e.source()) && e.unitCode() == null && e.hallCode() == null
        && e.status() == LedgerStatus.OPEN;
  }

  private static boolean unassigned(Entry e) {
    return "COMPLAINT".equals(e.source()) && e.unitCode() == null && e.hallCode() == null
        && e.status() == LedgerStatus.OPEN;
  }

  /** The inbox: complaints waiting for their unit, oldest first; for those who assign them only. */
  public Paged<LedgerEntryView> unassignedComplaints(Actor actor, PageQuery page) {
    if (!mayAssign(actor)) {
      throw new ForbiddenException("feedback.complaint.mayNotAssign");
    }
    return store.unassigned(page).map(e -> view(e, actor, List.of()));
  }

  /**
   * Assigns a complaint that came without a unit: its type sets the deadline, counted in working days
   * from today — the day it is dispatched to the unit that must handle it (12345-style 派单).
   */
  @Transactional
  public LocalDate assign(Actor actor, UUID id, Assignment a) {
    if (!mayAssign(actor)) {
      throw new ForbiddenException("feedback.complaint.mayNotAssign");
    }
    Entry e = store.find(id).orElseThrow(() -> new NotFoundException("feedback.ledger.notFound"));
    if (!unassigned(e)) {
      throw new ConflictException("feedback.complaint.alreadyAssigned", e.number());
    }
    if (a.type() == null) {
      throw new BusinessRuleException("feedback.complaint.typeRequired");
    }
    Instant now = clock.instant();
    String window = blank(a.windowCode());
    String unit = blank(a.unitCode());
    String hall = null;
    String handler = null;
    if (window != null) {
      var w = organization.window(window).orElseThrow(() -> new BusinessRuleException("feedback.complaint.windowUnknown2"));
      unit = w.unitCode();
      hall = w.hallCode();
    } else {
      if (unit == null) {
        throw new BusinessRuleException("feedback.complaint.unitRequired");
      }
      if (organization.unit(unit).isEmpty()) {
        throw new BusinessRuleException("feedback.complaint.unitUnknown");
      }
    }
    if (!actor.has(Role.INSPECTOR)) {
      // a hall manager dispatches within their hall
      if (hall != null && !hall.equals(actor.hallCode())) {
        throw new BusinessRuleException("feedback.complaint.windowNotInHall");
      }
      hall = actor.hallCode();
    }
    if (blank(a.staffNumber()) != null) {
      var s = organization.staff(a.staffNumber().strip())
          .orElseThrow(() -> new BusinessRuleException("feedback.complaint.staffUnknown"));
      if (!Objects.equals(s.unitCode(), unit) || s.username() == null) {
        throw new BusinessRuleException("feedback.complaint.staffNotInUnit");
      }
      handler = s.username();
    } else if (window != null) {
      handler = organization.responsibleStaffFor(window, now).map(s -> s.username()).orElse(null);
    }
    int days = switch (a.type()) {
      case URGENT -> properties.urgentWorkingDays();
      case CONSULTATION -> properties.consultationWorkingDays();
      case COMPLAINT -> properties.complaintWorkingDays();
    };
    WorkingDate due = workingDays.addWorkingDays(ChinaTime.today(clock), days);
    if (!store.assign(e, a.type().name(), unit, hall, window, handler, due.date(), due.provisional())) {
      throw new ConflictException("feedback.ledger.changedMeanwhile", e.number());
    }
    String note = organization.unit(unit).map(u -> u.name()).orElse(unit)
        + (window == null ? "" : " / " + organization.window(window).map(w -> w.name()).orElse(window))
        + (handler == null ? "" : " / " + organization.staffOfUser(handler).map(s -> s.name()).orElse(handler));
    store.step(id, "ASSIGNED", actor.username(), now, a.type().name(), note);
    events.publishEvent(new ComplaintAssigned(e.id(), e.number(), unit, hall, window, handler, e.openedAt(), now));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("type", a.type().name());
    after.put("unit", unit);
    if (hall != null) {
      after.put("hall", hall);
    }
    if (window != null) {
      after.put("window", window);
    }
    if (handler != null) {
      after.put("handler", handler);
    }
    after.put("dueOn", due.date().toString());
    audit.record("feedback.complaint.assigned", "ledger-entry", e.number(), Map.of("unit", "-"), after);
    alertComplaint(e.number(), unit, hall);
    return due.date();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * The in-app alert of a hall manager or unit admin: the 差评 and complaints of their hall / unit opened in
   * the last 24 hours and not yet verified, newest first (the page asks again every half minute).
   */
  public List<LedgerEntryView> alerts(Actor actor) {
    if (actor.isDevice() || !(actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))) {
      return List.of();
    }
    return store.openedSince(actor.scope(), clock.instant().minus(java.time.Duration.ofHours(24)), 5).stream()
        .map(e -> view(e, actor, List.of())).toList();
  }

  /** Whether the actor may act on the entry (the handler, or the hall's manager / the unit's admin). */
  public boolean mayAct(Actor actor, LedgerEntryView e) {
    return isHandler(actor, e.handlerUsername())
        || (actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))
            && actor.scope().permits(e.unitCode(), e.hallCode(), e.windowCode());
  }

  /** Step 1: the complaint is 成立 (valid) or 不成立, with the evidence for the finding. */
  @Transactional
  public void verify(Actor actor, UUID id, boolean valid, String evidence) {
    verify(actor, id, valid, evidence, List.of());
  }

  /** Step 1 with evidence files kept on the step. */
  @Transactional
  public void verify(Actor actor, UUID id, boolean valid, String evidence, List<EvidenceFile> files) {
    Entry e = actionable(actor, id, LedgerStatus.OPEN);
    requireText(evidence, "feedback.ledger.evidenceRequired");
    List<Upload> uploads = uploads(files);
    save(actor, e, with(e, LedgerStatus.VERIFIED, valid ? "VALID" : "INVALID", null, null, null, null), "VERIFIED",
        valid ? "VALID" : "INVALID", evidence, uploads);
  }

  /**
   * Step 2a: rectify a valid complaint, at once ({@code dueOn} null and done) or by a deadline (default
   * {@code sw.feedback.rectify-working-days} working days from today).
   */
  @Transactional
  public void rectify(Actor actor, UUID id, boolean immediately, LocalDate dueOn, String note) {
    rectify(actor, id, immediately, dueOn, note, List.of());
  }

  /** Step 2a with evidence files (e.g. the record of the training held) kept on the step. */
  @Transactional
  public void rectify(Actor actor, UUID id, boolean immediately, LocalDate dueOn, String note, List<EvidenceFile> files) {
    Entry e = actionable(actor, id, LedgerStatus.VERIFIED);
    if (!"VALID".equals(e.verdict())) {
      throw new BusinessRuleException("feedback.ledger.rectifyInvalid");
    }
    requireText(note, "feedback.ledger.noteRequired");
    List<Upload> uploads = uploads(files);
    if (immediately) {
      save(actor, e, with(e, LedgerStatus.CALLBACK, e.verdict(), "RECTIFY", null, null, null), "RECTIFIED", null, note,
          uploads);
      return;
    }
    LocalDate today = ChinaTime.today(clock);
    LocalDate due = dueOn != null ? dueOn : workingDays.addWorkingDays(today, properties.rectifyWorkingDays()).date();
    if (due.isBefore(today)) {
      throw new BusinessRuleException("feedback.ledger.dueInPast");
    }
    save(actor, e, with(e, LedgerStatus.RECTIFYING, e.verdict(), "RECTIFY", due, null, null), "RECTIFY_SCHEDULED",
        due.toString(), note, uploads);
  }

  /** Step 2a (continued): the rectification with a deadline is done. */
  @Transactional
  public void rectified(Actor actor, UUID id, String note) {
    rectified(actor, id, note, List.of());
  }

  /** Step 2a (continued) with evidence files of the rectification. */
  @Transactional
  public void rectified(Actor actor, UUID id, String note, List<EvidenceFile> files) {
    Entry e = actionable(actor, id, LedgerStatus.RECTIFYING);
    requireText(note, "feedback.ledger.noteRequired");
    List<Upload> uploads = uploads(files);
    save(actor, e, with(e, LedgerStatus.CALLBACK, e.verdict(), e.resolution(), e.rectifyDue(), null, null), "RECTIFIED",
        null, note, uploads);
  }

  /** Step 2b: explain to the citizen why nothing is changed (不成立, or no legal basis for the request). */
  @Transactional
  public void explain(Actor actor, UUID id, String note) {
    explain(actor, id, note, List.of());
  }

  /** Step 2b with evidence files (e.g. the legal basis shown to the citizen). */
  @Transactional
  public void explain(Actor actor, UUID id, String note, List<EvidenceFile> files) {
    Entry e = actionable(actor, id, LedgerStatus.VERIFIED);
    requireText(note, "feedback.ledger.noteRequired");
    List<Upload> uploads = uploads(files);
    save(actor, e, with(e, LedgerStatus.CALLBACK, e.verdict(), "EXPLAIN", null, null, null), "EXPLAINED", null, note,
        uploads);
  }

  /** Step 3: the callback (回访) with the citizen's satisfaction with the handling; closes the entry. */
  @Transactional
  public void callback(Actor actor, UUID id, String satisfaction, String note) {
    callback(actor, id, satisfaction, note, List.of());
  }

  /** Step 3 with evidence files (e.g. the callback recording or the signed callback form). */
  @Transactional
  public void callback(Actor actor, UUID id, String satisfaction, String note, List<EvidenceFile> files) {
    Entry e = actionable(actor, id, LedgerStatus.CALLBACK);
    if (satisfaction == null || !List.of("SATISFIED", "BASICALLY", "DISSATISFIED", "UNREACHABLE").contains(satisfaction)) {
      throw new BusinessRuleException("feedback.ledger.satisfactionRequired");
    }
    requireText(note, "feedback.ledger.noteRequired");
    List<Upload> uploads = uploads(files);
    Instant now = clock.instant();
    save(actor, e, with(e, LedgerStatus.CLOSED, e.verdict(), e.resolution(), e.rectifyDue(), satisfaction, now),
        "CALLED_BACK", satisfaction, note, uploads);
    store.step(id, "CLOSED", actor.username(), clock.instant(), null, null);
  }

  /** Closes an anonymous entry without a callback; a real-name 差评 is always called back (100%). */
  @Transactional
  public void closeWithoutCallback(Actor actor, UUID id, String note) {
    Entry e = actionable(actor, id, LedgerStatus.CALLBACK);
    if (e.realName()) {
      throw new BusinessRuleException("feedback.ledger.callbackMandatory");
    }
    requireText(note, "feedback.ledger.noteRequired");
    save(actor, e, with(e, LedgerStatus.CLOSED, e.verdict(), e.resolution(), e.rectifyDue(), null, clock.instant()),
        "CLOSED", null, note);
  }

  /**
   * Escalates entries past their deadline to the unit's leadership (once each): the entry is marked, its
   * timeline says so and the unit's contact is told. Returns how many were escalated.
   */
  @Transactional
  public int escalateOverdue() {
    LocalDate today = ChinaTime.today(clock);
    int n = 0;
    for (Entry e : store.overdueNotEscalated(today)) {
      Instant now = clock.instant();
      Entry after = new Entry(e.id(), e.number(), e.source(), e.evaluationId(), e.status(), e.unitCode(), e.hallCode(),
          e.windowCode(), e.handlerUsername(), e.serviceCode(), e.level(), e.summary(), e.contactName(),
          e.contactPhone(), e.realName(), e.openedAt(), e.dueOn(), e.dueProvisional(), e.verdict(), e.resolution(),
          e.rectifyDue(), e.satisfaction(), now, e.closedAt(), e.version(), e.channel(), e.complaintType());
      if (!store.update(after)) {
        continue;
      }
      store.step(e.id(), "ESCALATED", null, now, e.dueOn().toString(), null);
      audit.record("feedback.ledger.escalated", "ledger-entry", e.number(), Map.of("dueOn", e.dueOn().toString()),
          Map.of("escalatedAt", now.toString()));
      if (e.unitCode() != null) {
        organization.unit(e.unitCode()).map(u -> u.contactPhone()).filter(p -> p != null && !p.isBlank())
            .ifPresent(phone -> notifications.send(Notification.of(Channel.SMS, phone, "feedbackOverdue",
                "ledger:" + e.number(), e.number(), e.dueOn().toString())));
      }
      n++;
    }
    return n;
  }

  private Entry visible(Actor actor, UUID id) {
    Entry e = store.find(id).orElseThrow(() -> new NotFoundException("feedback.ledger.notFound"));
    boolean inScope = actor.scope().permits(e.unitCode(), e.hallCode(), e.windowCode())
        || isHandler(actor, e.handlerUsername()) || (unassigned(e) && mayAssign(actor));
    if (!inScope) {
      throw new NotFoundException("feedback.ledger.notFound");
    }
    return e;
  }

  private Entry actionable(Actor actor, UUID id, LedgerStatus expected) {
    Entry e = visible(actor, id);
    boolean may = isHandler(actor, e.handlerUsername())
        || (actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))
            && actor.scope().permits(e.unitCode(), e.hallCode(), e.windowCode());
    if (!may) {
      throw new ForbiddenException("feedback.ledger.notYours");
    }
    if (e.status() != expected) {
      throw new ConflictException("feedback.ledger.wrongStatus", e.number());
    }
    return e;
  }

  private void save(Actor actor, Entry before, Entry after, String step, String outcome, String note) {
    save(actor, before, after, step, outcome, note, List.of());
  }

  /** A checked evidence file: its clean name, its type judged by content, its digest. */
  private record Upload(String fileName, String contentType, byte[] content, String sha256) {}

  /** Checks the evidence files before anything is written: count, size, and a document or image type. */
  private static List<Upload> uploads(List<EvidenceFile> files) {
    List<EvidenceFile> given = files == null ? List.of()
        : files.stream().filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
    if (given.size() > MAX_EVIDENCE_FILES) {
      throw new BusinessRuleException("feedback.ledger.evidenceTooMany", MAX_EVIDENCE_FILES);
    }
    return given.stream().map(f -> {
      String name = UploadedFiles.cleanName(f.fileName(), 200);
      if (f.content().length > MAX_EVIDENCE_BYTES) {
        throw new BusinessRuleException("feedback.ledger.evidenceTooLarge", name, MAX_EVIDENCE_BYTES / 1024 / 1024);
      }
      String type = UploadedFiles.contentType(f.content(), name);
      if (type == null || !UploadedFiles.DOCUMENTS.contains(type)) {
        throw new BusinessRuleException("feedback.ledger.evidenceType", name);
      }
      return new Upload(name, type, f.content(), UploadedFiles.sha256(f.content()));
    }).toList();
  }

  private void save(Actor actor, Entry before, Entry after, String step, String outcome, String note,
      List<Upload> uploads) {
    if (!store.update(after)) {
      throw new ConflictException("feedback.ledger.changedMeanwhile", before.number());
    }
    Instant at = clock.instant();
    if ("COMPLAINT".equals(after.source()) && after.status() == LedgerStatus.CLOSED
        && before.status() != LedgerStatus.CLOSED) {
      events.publishEvent(new ComplaintClosed(after.id(), after.number(), after.unitCode(), after.hallCode(),
          after.windowCode(), after.handlerUsername(), after.openedAt(), at));
    }
    UUID stepId = store.step(before.id(), step, actor.username(), at, outcome, note.strip());
    List<Map<String, Object>> evidence = new java.util.ArrayList<>();
    for (Upload u : uploads) {
      UUID file = store.attachToStep(before.id(), stepId, u.fileName(), u.contentType(), u.content(), u.sha256(),
          actor.username(), at);
      evidence.add(Map.of("id", file.toString(), "fileName", u.fileName(), "sha256", u.sha256()));
    }
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("status", before.status().name());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("status", after.status().name());
    a.put("step", step);
    if (outcome != null) {
      a.put("outcome", outcome);
    }
    if (!evidence.isEmpty()) {
      a.put("evidence", evidence);
    }
    audit.record("feedback.ledger." + step.toLowerCase(), "ledger-entry", before.number(), b, a);
  }

  private static Entry with(Entry e, LedgerStatus status, String verdict, String resolution, LocalDate rectifyDue,
      String satisfaction, Instant closedAt) {
    return new Entry(e.id(), e.number(), e.source(), e.evaluationId(), status, e.unitCode(), e.hallCode(),
        e.windowCode(), e.handlerUsername(), e.serviceCode(), e.level(), e.summary(), e.contactName(), e.contactPhone(),
        e.realName(), e.openedAt(), e.dueOn(), e.dueProvisional(), verdict, resolution, rectifyDue, satisfaction,
        e.escalatedAt(), closedAt, e.version(), e.channel(), e.complaintType());
  }

  private static void requireText(String s, String key) {
    if (s == null || s.isBlank()) {
      throw new BusinessRuleException(key);
    }
    if (s.length() > 2000) {
      throw new BusinessRuleException("feedback.ledger.noteTooLong");
    }
  }

  private static boolean isHandler(Actor actor, String handler) {
    return handler != null && Objects.equals(actor.username(), handler) && !actor.isDevice();
  }

  private static LedgerEntryView.AttachmentRef ref(LedgerStore.Attachment a) {
    return new LedgerEntryView.AttachmentRef(a.id(), a.fileName(), a.contentType());
  }

  private LedgerEntryView view(Entry e, Actor actor, List<LedgerEntryView.Step> steps) {
    return view(e, actor, steps, steps.isEmpty() ? List.of() : store.attachments(e.id()));
  }

  private LedgerEntryView view(Entry e, Actor actor, List<LedgerEntryView.Step> steps,
      List<LedgerStore.Attachment> files) {
    boolean handler = isHandler(actor, e.handlerUsername());
    List<Reason> reasons = e.evaluationId() == null ? List.of()
        : evaluations.find(e.evaluationId()).map(EvaluationRecord::reasons).orElse(List.of());
    boolean overdue = e.status() != LedgerStatus.CLOSED && e.dueOn().isBefore(ChinaTime.today(clock));
    return new LedgerEntryView(e.id(), e.number(), e.source(), e.status(), e.unitCode(), e.hallCode(), e.windowCode(),
        e.handlerUsername(), e.serviceCode(), e.level(), reasons, e.summary(),
        handler ? e.contactName() : mask(e.contactName()), handler ? e.contactPhone() : mask(e.contactPhone()), handler,
        e.realName(), e.openedAt(), e.dueOn(), e.dueProvisional(), overdue, e.verdict(), e.resolution(), e.rectifyDue(),
        e.satisfaction(), e.escalatedAt(), e.closedAt(), steps, e.evaluationId(), e.channel(), e.complaintType(),
        files.stream().filter(a -> a.stepId() == null).map(NegativeFeedbackLedger::ref).toList());
  }

  /** Masks a name to its first character and a phone number to 138****1111. */
  static String mask(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    if (s.matches("\\d{7,}")) {
      return s.substring(0, 3) + "****" + s.substring(s.length() - 4);
    }
    return s.charAt(0) + "*".repeat(Math.max(1, s.length() - 1));
  }
}

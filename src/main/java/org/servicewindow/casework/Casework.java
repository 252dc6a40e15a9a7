package org.servicewindow.casework;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.casework.internal.Application;
import org.servicewindow.casework.internal.Applications;
import org.servicewindow.casework.internal.CaseHistory;
import org.servicewindow.casework.internal.CaseHistory.Notice;
import org.servicewindow.casework.internal.CaseHistory.NoticeItem;
import org.servicewindow.casework.internal.Deadlines;
import org.servicewindow.casework.internal.Material;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PublicAddress;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Notification;
import org.servicewindow.notification.Notifications;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.UnitSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications (办件) from intake to completion, per the Administrative Licensing Law: what the window
 * may do at each step is checked here, next to the rule it protects. A record outside the actor's data
 * scope answers as unknown (404); a role that may read but not act (inspector, leader, operator) is refused
 * (403). Every change is on the application's timeline and in the audit log.
 */
@Service
public class Casework {

  /** What the window enters at intake. */
  public record Intake(String serviceCode, Applicant applicant, Collection<String> materials, UUID ticketId,
      UUID matterId) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<NoticeKind, String> NOTICE_PREFIX = Map.of(NoticeKind.SUPPLEMENT, "BZ",
      NoticeKind.ACCEPTANCE, "SL", NoticeKind.REJECTION, "BSL", NoticeKind.PAUSE, "ZT", NoticeKind.EXTENSION, "YQ",
      NoticeKind.RESULT, "BJ");

  private final Applications applications;
  private final CaseHistory history;
  private final Deadlines deadlines;
  private final Catalog catalog;
  private final OrganizationApi organization;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PublicAddress address;
  private final org.servicewindow.queue.QueueManagement queue;
  private final org.servicewindow.casework.internal.MatterRecords matters;

  Casework(Applications applications, CaseHistory history, Deadlines deadlines, Catalog catalog,
      OrganizationApi organization, Notifications notifications, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock, PublicAddress address,
      org.servicewindow.queue.QueueManagement queue, org.servicewindow.casework.internal.MatterRecords matters) {
    this.matters = matters;
    this.queue = queue;
    this.address = address;
    this.applications = applications;
    this.history = history;
    this.deadlines = deadlines;
    this.catalog = catalog;
    this.organization = organization;
    this.notifications = notifications;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Receives an application at the window with the checklist of the guide version in force. Staff may
   * receive only items their window handles or their unit implements.
   */
  @Transactional
  public Application receive(Intake intake, Actor actor) {
    requireIntakeRole(actor);
    ServiceGuide guide = catalog.guide(intake.serviceCode())
        .orElseThrow(() -> new NotFoundException("casework.service.notFound", intake.serviceCode()));
    if (!handles(actor, guide)) {
      throw new ForbiddenException("casework.service.notYours", guide.name());
    }
    validate(intake.applicant());
    if (intake.ticketId() != null) {
      var ticket = queue.ticket(intake.ticketId());
      if (!Objects.equals(ticket.hallCode(), actor.hallCode())) {
        throw new InvalidInputException("casework.ticket.otherHall", ticket.number());
      }
    }
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    GuideContent content = guide.content();
    List<Material> checklist = new ArrayList<>();
    int order = 0;
    for (var m : content.materials()) {
      checklist.add(new Material(m.code(), m.name(), m.required(), order++, MaterialState.MISSING, null, null));
    }
    UUID id = Ids.newId(clock);
    String number = "%d-%s-%06d".formatted(today.getYear(), guide.unitCode(),
        applications.nextNumber(today.getYear(), guide.unitCode(), "APPLICATION"));
    Application app = new Application(id, number, intake.matterId() == null ? id : intake.matterId(), guide.code(),
        guide.name(), guide.version(), guide.unitCode(), actor.hallCode(), actor.windowCode(), actor.username(),
        staffName(actor), intake.ticketId(), intake.applicant(), ApplicationStatus.RECEIVED, now, today, null, false,
        nz(content.promisedLimitDays()), nz(content.legalLimitDays()), 0, null, null, false, null, null, null, null,
        null, null, null, null, null, null, null, null, false, checklist);
    app.receive(intake.materials() == null ? List.of() : intake.materials(), now);
    applications.insert(app, now);
    history.event(id, "RECEIVED", now, actor.displayName(), guide.name() + " v" + guide.version());
    audit.record("application.received", "application", number, null, Map.of("service", guide.code(),
        "materials", app.materials().stream().filter(m -> m.state() == MaterialState.RECEIVED).map(Material::code).toList()));
    return app;
  }

  /** The number and id of an application just received, for callers outside casework. */
  public record Received(UUID id, String number) {}

  /**
   * Receives an application whose applicant and materials were already given online (网上预审), so the
   * window does not type them again. Same rules as {@link #receive}; answers only the new id and number.
   */
  @Transactional
  public Received receivePrepared(Intake intake, Actor actor) {
    Application app = receive(intake, actor);
    return new Received(app.id(), app.number());
  }

  /**
   * A one-matter bundle (一件事一次办) as the window receives it.
   *
   * @param bundleCode the catalog's bundle, or null for items picked one by one (点餐式)
   * @param materials the codes of the documents handed in (a document counts for every item listing it)
   * @param defective of those, the ones not in legal form, with the reason (code → reason)
   */
  public record MatterIntake(String bundleCode, List<String> serviceCodes, Applicant applicant,
      Collection<String> materials, Map<String, String> defective, UUID ticketId) {}

  /**
   * Receives a one-matter bundle (一件事一次办): one application per item, linked by one matter id. A
   * document handed in counts for every item whose guide lists it (the same code is the same document).
   */
  @Transactional
  public List<Application> receiveMatter(List<String> serviceCodes, Applicant applicant, Collection<String> materials,
      UUID ticketId, Actor actor) {
    return receiveMatter(new MatterIntake(null, serviceCodes, applicant, materials, Map.of(), ticketId), actor);
  }

  /**
   * Receives a one-matter bundle with the window's check of each document. A bundle's items must be its
   * selection (all of a fixed bundle; of a menu the mandatory ones and picked optional ones). Each item
   * becomes an application of its own — the law's deadlines and notices run per application — and all of
   * them carry the matter's id.
   */
  @Transactional
  public List<Application> receiveMatter(MatterIntake intake, Actor actor) {
    requireIntakeRole(actor);
    List<String> codes = intake.serviceCodes() == null ? List.of() : intake.serviceCodes().stream().distinct().toList();
    String name;
    if (intake.bundleCode() != null) {
      var bundle = catalog.bundle(intake.bundleCode())
          .orElseThrow(() -> new NotFoundException("casework.bundle.notFound", intake.bundleCode()));
      if (!new java.util.HashSet<>(bundle.selection(codes)).equals(new java.util.HashSet<>(codes))) {
        throw new InvalidInputException("casework.matter.notBundle", bundle.name());
      }
      name = bundle.name();
    } else {
      name = null;
    }
    if (codes.size() < 2 || codes.size() > 10) {
      throw new InvalidInputException("casework.matter.items");
    }
    List<String> handedIn = intake.materials() == null ? List.of() : List.copyOf(intake.materials());
    Map<String, String> defective = intake.defective() == null ? Map.of() : intake.defective();
    java.util.Set<String> known = new java.util.HashSet<>();
    for (String code : codes) {
      catalog.materialsOf(code).forEach(m -> known.add(m.code()));
    }
    for (String m : handedIn) {
      if (!known.contains(m)) {
        throw new InvalidInputException("casework.material.unknown", m);
      }
    }
    for (var d : defective.entrySet()) {
      if (!handedIn.contains(d.getKey())) {
        throw new InvalidInputException("casework.material.unknown", d.getKey());
      }
      if (d.getValue() == null || d.getValue().isBlank()) {
        throw new InvalidInputException("casework.defective.reasonRequired");
      }
    }
    UUID matter = Ids.newId(clock);
    List<Application> created = new ArrayList<>();
    for (String code : codes) {
      java.util.Set<String> listed = new java.util.HashSet<>();
      catalog.materialsOf(code).forEach(m -> listed.add(m.code()));
      Application app = receive(new Intake(code, intake.applicant(), handedIn.stream().filter(listed::contains).toList(),
          intake.ticketId(), matter), actor);
      for (var d : defective.entrySet()) {
        if (listed.contains(d.getKey())) {
          app = markDefective(app.id(), d.getKey(), d.getValue().trim(), actor);
        }
      }
      created.add(app);
    }
    String matterName = name != null ? name
        : String.join("、", created.stream().map(Application::serviceName).toList());
    matters.insert(new org.servicewindow.casework.internal.MatterRecords.Matter(matter, intake.bundleCode(),
        matterName.length() > 200 ? matterName.substring(0, 199) + "…" : matterName, actor.hallCode(),
        actor.username(), clock.instant()));
    audit.record("application.matterReceived", "matter", matter.toString(), null, Map.of("bundle",
        intake.bundleCode() == null ? "" : intake.bundleCode(), "applications",
        created.stream().map(Application::number).toList()));
    return created;
  }

  /** The other applications of the same matter (a bundle), for the application page. */
  public List<Application> sameMatter(Application app, Actor actor) {
    return applications.ofMatter(app.matterId()).stream().filter(a -> !a.id().equals(app.id()))
        .filter(a -> visible(a, actor)).toList();
  }

  /** Records materials handed in later (补正). */
  @Transactional
  public Application receiveMaterials(UUID id, Collection<String> codes, Actor actor) {
    Application app = forChange(id, actor);
    List<String> changed = app.receive(codes, clock.instant());
    applications.update(app, clock.instant());
    if (!changed.isEmpty()) {
      history.event(id, "MATERIALS_RECEIVED", clock.instant(), actor.displayName(), names(app, changed));
      audit.record("application.materialsReceived", "application", app.number(), null, Map.of("materials", changed));
    }
    return app;
  }

  /** A material handed in is not in legal form; the reason goes on the notice. */
  @Transactional
  public Application markDefective(UUID id, String code, String reason, Actor actor) {
    Application app = forChange(id, actor);
    app.markDefective(code, reason, clock.instant());
    applications.update(app, clock.instant());
    history.event(id, "MATERIAL_DEFECTIVE", clock.instant(), actor.displayName(), names(app, List.of(code)) + ": " + reason);
    audit.record("application.materialDefective", "application", app.number(), null, Map.of("material", code, "reason", reason));
    return app;
  }

  /**
   * Issues the one-time notice (一次性告知书) listing every missing or defective required material. A
   * further notice is allowed only for materials handed in after the last one (and found defective):
   * everything else the first notice had to name already.
   */
  @Transactional
  public Notice issueSupplementNotice(UUID id, Actor actor) {
    Application app = forChange(id, actor);
    List<Material> outstanding = app.outstanding();
    List<Notice> earlier = history.notices(id).stream().filter(n -> n.kind() == NoticeKind.SUPPLEMENT).toList();
    if (!earlier.isEmpty()) {
      Notice last = earlier.get(earlier.size() - 1);
      var notified = earlier.stream().flatMap(n -> n.items().stream()).map(NoticeItem::materialCode).toList();
      boolean receivedLater = false;
      for (Material m : outstanding) {
        boolean later = m.receivedAt() != null && m.receivedAt().isAfter(last.issuedAt());
        if (!later && !notified.contains(m.code())) {
          throw new ConflictException("casework.notice.notInFirst", m.name());
        }
        receivedLater |= later;
      }
      if (!receivedLater) {
        throw new ConflictException("casework.notice.alreadyNotified", last.number());
      }
    }
    app.requireSupplement();
    applications.update(app, clock.instant());
    List<NoticeItem> items = new ArrayList<>();
    int seq = 1;
    for (Material m : outstanding) {
      items.add(new NoticeItem(seq++, m.code(), m.name(), m.state(), m.reason()));
    }
    Notice notice = issue(app, NoticeKind.SUPPLEMENT, "", items, actor);
    history.event(id, "SUPPLEMENT_NOTICE", notice.issuedAt(), actor.displayName(), notice.number());
    return notice;
  }

  /**
   * Accepts a complete application (409 while a required material is outstanding) and issues the
   * acceptance notice with both due dates. After a supplement notice the acceptance date is the day
   * the last material arrived.
   */
  @Transactional
  public Application accept(UUID id, Actor actor) {
    Application app = forChange(id, actor);
    LocalDate on = ChinaTime.today(clock);
    boolean supplemented = history.notices(id).stream().anyMatch(n -> n.kind() == NoticeKind.SUPPLEMENT);
    if (supplemented) {
      on = app.materials().stream().filter(Material::required).map(Material::receivedAt).filter(Objects::nonNull)
          .max(Instant::compareTo).map(i -> i.atZone(ChinaTime.ZONE).toLocalDate()).orElse(on);
    }
    app.accept(on);
    recompute(app, "ACCEPTED");
    applications.update(app, clock.instant());
    issue(app, NoticeKind.ACCEPTANCE, dueText(app), List.of(), actor);
    history.event(id, "ACCEPTED", clock.instant(), actor.displayName(), "" + app.acceptedOn());
    events.publishEvent(accepted(app, false));
    return app;
  }

  /** Refuses the application with its policy basis; the notice states the remedies. */
  @Transactional
  public Application reject(UUID id, String basis, Actor actor) {
    Application app = forChange(id, actor);
    app.reject(basis);
    applications.update(app, clock.instant());
    issue(app, NoticeKind.REJECTION, app.rejectedBasis(), List.of(), actor);
    history.event(id, "REJECTED", clock.instant(), actor.displayName(), app.rejectedBasis());
    return app;
  }

  /** Stops the clock for a period the law does not count, with a written notice to the applicant. */
  @Transactional
  public Application pause(UUID id, PauseKind kind, String reason, Actor actor) {
    Application app = forChange(id, actor);
    LocalDate today = ChinaTime.today(clock);
    app.pause(kind, reason, today);
    history.insertPause(new CaseHistory.Pause(Ids.newId(clock), id, kind, app.pauseReason(), today, null));
    recompute(app, "PAUSED");
    applications.update(app, clock.instant());
    issue(app, NoticeKind.PAUSE, kind.name() + "|" + app.pauseReason(), List.of(), actor);
    history.event(id, "PAUSED", clock.instant(), actor.displayName(), kind + ": " + app.pauseReason());
    return app;
  }

  /** Starts the clock again; today counts again. */
  @Transactional
  public Application resume(UUID id, Actor actor) {
    Application app = forChange(id, actor);
    app.resume();
    history.endPause(id, ChinaTime.today(clock));
    recompute(app, "RESUMED");
    applications.update(app, clock.instant());
    history.event(id, "RESUMED", clock.instant(), actor.displayName(), dueText(app));
    return app;
  }

  /** Asks a leader for more time (延期); nothing changes until a leader approves. */
  @Transactional
  public CaseHistory.Extension requestExtension(UUID id, int days, String reason, Actor actor) {
    Application app = forChange(id, actor);
    if (app.status() != ApplicationStatus.ACCEPTED) {
      throw new ConflictException("casework.status.conflict", app.status());
    }
    if (days < 1 || days > 15) {
      throw new InvalidInputException("casework.extension.days");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("casework.extension.reasonRequired");
    }
    if (history.extensions(id).stream().anyMatch(e -> e.status().equals("REQUESTED"))) {
      throw new ConflictException("casework.extension.pending");
    }
    var extension = new CaseHistory.Extension(Ids.newId(clock), id, days, reason.trim(), "REQUESTED",
        actor.username(), clock.instant(), null, null, null);
    history.insertExtension(extension);
    history.event(id, "EXTENSION_REQUESTED", clock.instant(), actor.displayName(), "+" + days + ": " + reason.trim());
    audit.record("application.extensionRequested", "application", app.number(), null, Map.of("days", days));
    return extension;
  }

  /** A leader approves or refuses a requested extension; approved, the due dates move and the applicant is told why. */
  @Transactional
  public Application decideExtension(UUID id, UUID extensionId, boolean approve, String note, Actor actor) {
    Application app = lockedInScope(id, actor);
    if (!actor.has(Role.LEADER)) {
      throw new ForbiddenException("casework.extension.leaderOnly");
    }
    var extension = history.extension(extensionId).filter(e -> e.applicationId().equals(id))
        .orElseThrow(() -> new NotFoundException("casework.extension.notFound"));
    if (approve && app.status() != ApplicationStatus.ACCEPTED) {
      throw new ConflictException("casework.status.conflict", app.status());
    }
    if (!history.decideExtension(extensionId, approve, actor.username(), clock.instant(), blankToNull(note))) {
      throw new ConflictException("casework.extension.decided");
    }
    if (approve) {
      app.extend(extension.days());
      recompute(app, "EXTENDED");
      applications.update(app, clock.instant());
      issue(app, NoticeKind.EXTENSION, extension.days() + "|" + extension.reason() + "|" + dueText(app), List.of(), actor);
    }
    history.event(id, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", clock.instant(), actor.displayName(),
        "+" + extension.days() + (note == null || note.isBlank() ? "" : ": " + note.trim()));
    audit.record(approve ? "application.extensionApproved" : "application.extensionRefused", "application",
        app.number(), null, Map.of("days", extension.days()));
    return app;
  }

  /**
   * Records the decision, tells the applicant by SMS (and e-mail when given), and hands out the
   * evaluation token for 好差评 (一事一评).
   */
  @Transactional
  public Application complete(UUID id, boolean approved, String basis, Actor actor) {
    Application app = forChange(id, actor);
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    app.complete(approved, basis, newEvaluationToken(), now, today);
    applications.update(app, now);
    issue(app, NoticeKind.RESULT, app.result() + "|" + (app.resultBasis() == null ? "" : app.resultBasis()), List.of(), actor);
    history.event(id, "COMPLETED", now, actor.displayName(), app.result());
    String reference = "application:" + app.number();
    notifications.send(Notification.of(Channel.SMS, app.applicant().phone(), "casework.completed", reference,
        app.number(), app.serviceName(), approved ? 0 : 1, address.absolute("/e/" + app.evaluationToken())));
    if (app.applicant().email() != null) {
      notifications.send(Notification.of(Channel.EMAIL, app.applicant().email(), "casework.completed", reference,
          app.number(), app.serviceName(), approved ? 0 : 1, address.absolute("/e/" + app.evaluationToken())));
    }
    boolean onTime = app.promisedDue() == null || !today.isAfter(app.promisedDue());
    events.publishEvent(new ApplicationCompleted(app.id(), app.number(), app.serviceCode(), app.unitCode(),
        app.hallCode(), app.windowCode(), app.handlerUsername(), now, app.promisedDue(), onTime, app.evaluationToken()));
    return app;
  }

  /** The result was picked up at the window ({@code PICKUP}) or mailed ({@code MAIL}, with the address). */
  @Transactional
  public Application deliver(UUID id, String how, String address, Actor actor) {
    Application app = lockedInScope(id, actor);
    requireActingRole(actor);
    if (!"PICKUP".equals(how) && !"MAIL".equals(how)) {
      throw new InvalidInputException("casework.deliver.how");
    }
    app.deliver(how, address, clock.instant());
    applications.update(app, clock.instant());
    history.event(id, "DELIVERED_" + how, clock.instant(), actor.displayName(), app.mailAddress());
    return app;
  }

  /** The ticket an application came from (its number for the page), if any. */
  public Optional<org.servicewindow.queue.TicketView> ticketOf(Application app) {
    if (app.ticketId() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(queue.ticket(app.ticketId()));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The ticket being served at the actor's window now, to start an intake from it. */
  public Optional<org.servicewindow.queue.TicketView> ticketAtWindow(Actor actor, org.servicewindow.queue.WindowDesk desk) {
    if (actor.windowCode() == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(desk.of(actor).current());
    } catch (org.servicewindow.common.DomainException e) {
      return Optional.empty();
    }
  }

  /** An application the actor may see. */
  public Application get(UUID id, Actor actor) {
    return applications.find(id).filter(a -> visible(a, actor))
        .orElseThrow(() -> new NotFoundException("casework.application.notFound"));
  }

  public List<CaseHistory.Event> timeline(UUID id, Actor actor) {
    get(id, actor);
    return history.events(id);
  }

  public List<Notice> notices(UUID id, Actor actor) {
    get(id, actor);
    return history.notices(id);
  }

  public Notice notice(UUID id, UUID noticeId, Actor actor) {
    get(id, actor);
    return history.notice(id, noticeId).orElseThrow(() -> new NotFoundException("casework.notice.notFound"));
  }

  /** A notice by the code on its QR, for the public authenticity check. */
  public Optional<Notice> verify(String code) {
    return code == null || code.length() > 64 ? Optional.empty() : history.noticeByVerifyCode(code);
  }

  public List<CaseHistory.Pause> pauses(UUID id, Actor actor) {
    get(id, actor);
    return history.pauses(id);
  }

  public List<CaseHistory.Extension> extensions(UUID id, Actor actor) {
    get(id, actor);
    return history.extensions(id);
  }

  public List<CaseHistory.DueChange> dueChanges(UUID id, Actor actor) {
    get(id, actor);
    return history.dueChanges(id);
  }

  /**
   * Recomputes the due dates of an application (after a holiday arrangement was published, say) and
   * keeps the history; returns whether they moved. The caller holds the transaction.
   */
  @Transactional
  public boolean recomputeDueDates(UUID id, String cause) {
    Application app = applications.lock(id).orElseThrow(() -> new NotFoundException("casework.application.notFound"));
    if (app.status() != ApplicationStatus.ACCEPTED) {
      return false;
    }
    LocalDate before = app.promisedDue();
    LocalDate legalBefore = app.legalDue();
    recompute(app, cause);
    applications.update(app, clock.instant());
    boolean moved = !Objects.equals(before, app.promisedDue()) || !Objects.equals(legalBefore, app.legalDue());
    if (moved) {
      history.event(id, "DUE_RECOMPUTED", clock.instant(), null, dueText(app));
      notifyStaff(app, "casework.dueChanged", app.number(), app.promisedDue(), app.legalDue(), before, legalBefore);
    }
    return moved;
  }

  /** Day 4 of the notice period without a notice: the handler is warned (once). */
  @Transactional
  public boolean warnNoticeDay4(UUID id) {
    Application app = applications.lock(id).orElseThrow();
    if (app.status() != ApplicationStatus.RECEIVED || app.day4Warned()) {
      return false;
    }
    app.markDay4Warned();
    applications.update(app, clock.instant());
    history.event(id, "NOTICE_DAY4_WARNING", clock.instant(), null, null);
    notifyStaff(app, "casework.noticeDay4", app.number(), app.serviceName());
    return true;
  }

  private static ApplicationAccepted accepted(Application app, boolean automatic) {
    return new ApplicationAccepted(app.id(), app.number(), app.serviceCode(), app.unitCode(), app.hallCode(),
        app.windowCode(), app.handlerUsername(), app.acceptedOn(), automatic);
  }

  /** Day 6 without a notice or decision: the application counts as accepted on receipt (第32条). */
  @Transactional
  public boolean acceptAutomatically(UUID id) {
    Application app = applications.lock(id).orElseThrow();
    if (app.status() != ApplicationStatus.RECEIVED) {
      return false;
    }
    app.acceptAutomatically();
    recompute(app, "AUTO_ACCEPTED");
    applications.update(app, clock.instant());
    history.event(id, "AUTO_ACCEPTED", clock.instant(), null, dueText(app));
    events.publishEvent(accepted(app, true));
    audit.recordAs("system", "application.autoAccepted", "application", app.number());
    notifyStaff(app, "casework.autoAccepted", app.number(), app.serviceName());
    return true;
  }

  /** Who is told about a case: the handler, whoever stands in for them now (A/B), by WeChat message. */
  void notifyStaff(Application app, String template, Object... args) {
    List<String> recipients = staffToTell(app);
    for (String username : recipients) {
      notifications.send(Notification.of(Channel.WECHAT, username, template, "application:" + app.number(), args));
    }
  }

  List<String> staffToTell(Application app) {
    List<String> recipients = new ArrayList<>();
    recipients.add(app.handlerUsername());
    organization.staffOfUser(app.handlerUsername())
        .flatMap(s -> organization.responsibleStaffInPlaceOf(s.staffNumber(), clock.instant()))
        .map(StaffSummary::username).filter(Objects::nonNull).filter(u -> !recipients.contains(u))
        .ifPresent(recipients::add);
    if (app.windowCode() != null) {
      organization.responsibleStaffFor(app.windowCode(), clock.instant()).map(StaffSummary::username)
          .filter(Objects::nonNull).filter(u -> !recipients.contains(u)).ifPresent(recipients::add);
    }
    return recipients;
  }

  Optional<UnitSummary> unit(String code) {
    return organization.unit(code);
  }

  private void recompute(Application app, String cause) {
    LocalDate today = ChinaTime.today(clock);
    var pauses = history.pauses(app.id()).stream()
        .map(p -> new Deadlines.Pause(p.startedOn(), p.endedOn())).toList();
    var due = deadlines.due(app.acceptedOn(), app.promisedLimitDays(), app.legalLimitDays(), app.extensionDays(),
        pauses, today);
    if (!Objects.equals(due.promised(), app.promisedDue()) || !Objects.equals(due.legal(), app.legalDue())
        || due.provisional() != app.dueProvisional()) {
      history.dueChanged(app.id(), clock.instant(), cause, app.promisedDue(), due.promised(), app.legalDue(),
          due.legal(), due.provisional());
    }
    app.setDue(due.promised(), due.legal(), due.provisional());
  }

  private Notice issue(Application app, NoticeKind kind, String body, List<NoticeItem> items, Actor actor) {
    Instant now = clock.instant();
    LocalDate today = ChinaTime.today(clock);
    String number = "%s-%s-%d-%05d".formatted(app.unitCode(), NOTICE_PREFIX.get(kind), today.getYear(),
        applications.nextNumber(today.getYear(), app.unitCode(), "N-" + kind.name()));
    String unitName = organization.unit(app.unitCode()).map(UnitSummary::name).orElse(app.unitCode());
    Notice notice = new Notice(Ids.newId(clock), app.id(), kind, number, now, today, unitName, staffName(actor),
        app.applicant().name(), app.serviceName(), body, newEvaluationToken(), items);
    history.insert(notice);
    audit.record("application.notice." + kind.name().toLowerCase(java.util.Locale.ROOT), "application",
        app.number(), null, Map.of("notice", number));
    return notice;
  }

  private static String dueText(Application app) {
    return app.acceptedOn() + "|" + app.promisedDue() + "|" + app.legalDue() + "|" + app.dueProvisional();
  }

  private Application forChange(UUID id, Actor actor) {
    Application app = lockedInScope(id, actor);
    requireActingRole(actor);
    return app;
  }

  private Application lockedInScope(UUID id, Actor actor) {
    return applications.lock(id).filter(a -> visible(a, actor))
        .orElseThrow(() -> new NotFoundException("casework.application.notFound"));
  }

  /** The actor's data scope, or the case is theirs (handed over to them as A/B partner). */
  static boolean visible(Application a, Actor actor) {
    return actor != null && (actor.scope().permits(a.unitCode(), a.hallCode(), a.windowCode())
        || a.handlerUsername().equals(actor.username()));
  }

  private static void requireActingRole(Actor actor) {
    if (!(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))) {
      throw new ForbiddenException("casework.readOnly");
    }
  }

  private static void requireIntakeRole(Actor actor) {
    if (actor == null || !(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER))) {
      throw new ForbiddenException("casework.intake.staffOnly");
    }
  }

  /** Whether the actor may receive this item at the window (their window handles it or their unit implements it). */
  public boolean mayReceive(Actor actor, String serviceCode) {
    return (actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER))
        && catalog.guide(serviceCode).map(g -> handles(actor, g)).orElse(false);
  }

  private boolean handles(Actor actor, ServiceGuide guide) {
    if (Objects.equals(actor.unitCode(), guide.unitCode())) {
      return true;
    }
    if (actor.windowCode() != null && organization.servicesOf(actor.windowCode()).contains(guide.code())) {
      return true;
    }
    return actor.has(Role.HALL_MANAGER) && actor.hallCode() != null
        && !organization.windowsHandling(actor.hallCode(), guide.code()).isEmpty();
  }

  /** The applicant's data, checked where the window types it. */
  static void validate(Applicant a) {
    if (a == null || a.name() == null) {
      throw new InvalidInputException("casework.applicant.nameRequired");
    }
    if (a.phone() == null || !a.phone().matches("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}")) {
      throw new InvalidInputException("casework.applicant.phoneInvalid");
    }
    if (a.idNumber() != null && !org.servicewindow.common.PartyIds.isResidentId(a.idNumber())) {
      throw new InvalidInputException("casework.applicant.idNumberInvalid");
    }
    if (a.creditCode() != null && !org.servicewindow.common.PartyIds.isCreditCode(a.creditCode())) {
      throw new InvalidInputException("casework.applicant.creditCodeInvalid");
    }
    if (a.email() != null && !a.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("casework.applicant.emailInvalid");
    }
  }

  private String staffName(Actor actor) {
    return organization.staffOfUser(actor.username()).map(StaffSummary::name).orElse(actor.displayName());
  }

  private static String names(Application app, List<String> codes) {
    Map<String, String> byCode = new LinkedHashMap<>();
    app.materials().forEach(m -> byCode.put(m.code(), m.name()));
    return String.join("、", codes.stream().map(c -> byCode.getOrDefault(c, c)).toList());
  }

  private static int nz(Integer days) {
    return days == null ? 0 : days;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static String newEvaluationToken() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

package org.servicewindow.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.calendar.WorkingDate;
import org.servicewindow.calendar.WorkingDays;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.feedback.internal.FeedbackProperties;
import org.servicewindow.feedback.internal.LedgerStore;
import org.servicewindow.feedback.internal.SubmissionLimiter;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints (投诉) on the same ledger as the 差评: entered by staff from the suggestion box (with a photo
 * of the note) or the hotline, or sent by a citizen through the public web form or a staff member's QR
 * code (rate-limited per address). Routed like a 差评 to whoever handled the service (a named window or
 * staff member) and their unit, with a deadline by type (urgent the same day, consultation 3, complaint
 * 13 working days, configurable).
 */
@Service
public class Complaints {

  /** A complaint as received. {@code windowCode} or {@code staffNumber} names who it is about, if known. */
  public record Intake(ComplaintChannel channel, ComplaintType type, String content, String contactName,
      String contactPhone, String hallCode, String windowCode, String staffNumber) {}

  /** A file attached to a complaint (the photo of a suggestion-box note). */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  /** The ledger entry a complaint became. */
  public record Receipt(UUID id, String number, LocalDate dueOn) {}

  static final int MAX_PHOTO = 5 * 1024 * 1024;

  private final LedgerStore store;
  private final NegativeFeedbackLedger ledger;
  private final OrganizationApi organization;
  private final WorkingDays workingDays;
  private final FeedbackProperties properties;
  private final SubmissionLimiter limiter;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  Complaints(LedgerStore store, NegativeFeedbackLedger ledger, OrganizationApi organization, WorkingDays workingDays,
      FeedbackProperties properties, SubmissionLimiter limiter, AuditTrail audit, Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.store = store;
    this.ledger = ledger;
    this.organization = organization;
    this.workingDays = workingDays;
    this.properties = properties;
    this.limiter = limiter;
    this.audit = audit;
    this.clock = clock;
  }

  /** A complaint entered by staff (suggestion box or hotline); a suggestion-box note needs its photo. */
  @Transactional
  public Receipt enter(Actor actor, Intake intake, Attachment photo) {
    if (!(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))) {
      throw new ForbiddenException("feedback.complaint.notStaff");
    }
    if (intake.channel() == null || !intake.channel().staffEntered()) {
      throw new BusinessRuleException("feedback.complaint.channelInvalid");
    }
    if (intake.channel() == ComplaintChannel.SUGGESTION_BOX && (photo == null || photo.content().length == 0)) {
      throw new BusinessRuleException("feedback.complaint.photoRequired");
    }
    String hall = intake.hallCode() != null ? intake.hallCode() : actor.hallCode();
    return open(intake, hall, photo, actor.username());
  }

  /** A complaint a citizen sends through the public form or a staff member's QR code. */
  @Transactional
  public Receipt submit(Intake intake, String client) {
    limiter.check("complaint:" + client);
    if (intake.channel() != ComplaintChannel.WEB && intake.channel() != ComplaintChannel.STAFF_QR) {
      throw new BusinessRuleException("feedback.complaint.channelInvalid");
    }
    return open(intake, intake.hallCode(), null, null);
  }

  /** A complaint received by e-mail (the mailbox poller); the sender's address is its contact. */
  @Transactional
  public Receipt receiveMail(String sender, String subject, String body) {
    String text = ((subject == null ? "" : subject.strip()) + "\n" + (body == null ? "" : body.strip())).strip();
    if (text.isEmpty()) {
      text = "-";
    }
    if (text.length() > 1000) {
      text = text.substring(0, 1000);
    }
    return open(new Intake(ComplaintChannel.EMAIL, ComplaintType.COMPLAINT, text,
        sender == null ? null : sender.length() > 100 ? sender.substring(0, 100) : sender, null, null, null, null),
        null, null, null);
  }

  private Receipt open(Intake intake, String hallCode, Attachment photo, String by) {
    if (intake.type() == null) {
      throw new BusinessRuleException("feedback.complaint.typeRequired");
    }
    if (intake.content() == null || intake.content().isBlank()) {
      throw new BusinessRuleException("feedback.complaint.contentRequired");
    }
    if (intake.content().length() > 1000) {
      throw new BusinessRuleException("feedback.complaint.contentTooLong");
    }
    String phone = blank(intake.contactPhone());
    if (phone != null && !phone.matches("^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$")) {
      throw new BusinessRuleException("feedback.complaint.phoneInvalid");
    }
    if (photo != null && photo.content().length > MAX_PHOTO) {
      throw new BusinessRuleException("feedback.complaint.photoTooLarge");
    }
    // 谁办理谁负责: the staff member named (or staffing the named window now) handles it, else the hall does
    Instant now = clock.instant();
    String window = blank(intake.windowCode());
    String handler = null;
    String hall = blank(hallCode);
    String unit = null;
    if (blank(intake.staffNumber()) != null) {
      StaffSummary s = organization.staff(intake.staffNumber().strip())
          .orElseThrow(() -> new NotFoundException("feedback.complaint.staffUnknown"));
      handler = s.username();
      unit = s.unitCode();
      hall = hall != null ? hall : s.hallCode();
      window = window != null ? window : s.windowCodes().stream().findFirst().orElse(null);
    }
    if (window != null) {
      WindowSummary w = organization.window(window).orElseThrow(() -> new NotFoundException("feedback.complaint.windowUnknown2"));
      unit = unit != null ? unit : w.unitCode();
      hall = w.hallCode();
      if (handler == null) {
        handler = organization.responsibleStaffFor(window, now).map(StaffSummary::username).orElse(null);
      }
    }
    if (hall != null && unit == null) {
      unit = organization.hall(hall).map(h -> h.unitCode()).orElse(null);
    }
    LocalDate today = ChinaTime.today(clock);
    int days = switch (intake.type()) {
      case URGENT -> properties.urgentWorkingDays();
      case CONSULTATION -> properties.consultationWorkingDays();
      case COMPLAINT -> properties.complaintWorkingDays();
    };
    WorkingDate due = workingDays.addWorkingDays(today, days);
    UUID id = Ids.newId(clock);
    String number = "TS" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + id.toString().substring(28).toUpperCase();
    store.insert(new LedgerStore.Entry(id, number, "COMPLAINT", null, LedgerStatus.OPEN, unit, hall, window, handler, null,
        null, intake.content().strip(), blank(intake.contactName()), phone, phone != null, now, due.date(),
        due.provisional(), null, null, null, null, null, null, 0, intake.channel().name(), intake.type().name()));
    store.step(id, "OPENED", by, now, intake.channel().name(), null);
    events.publishEvent(new ComplaintReceived(id, number, unit, hall, window, handler, now));
    if (photo != null && photo.content().length > 0) {
      store.attach(id, photo.fileName() == null ? "photo" : photo.fileName(), photo.contentType(), photo.content(), by, now);
    }
    audit.record("feedback.complaint.opened", "ledger-entry", number, null,
        Map.of("channel", intake.channel().name(), "type", intake.type().name(), "dueOn", due.date().toString()));
    ledger.alertComplaint(number, unit, hall);
    return new Receipt(id, number, due.date());
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.servicewindow.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.feedback.internal.EvaluationRecord;
import org.servicewindow.feedback.internal.EvaluationStore;
import org.servicewindow.feedback.internal.FeedbackProperties;
import org.servicewindow.feedback.internal.RateableServices;
import org.servicewindow.feedback.internal.SubmissionLimiter;
import org.servicewindow.feedback.internal.WindowStates;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评, the facade: rating a completed service with its evaluation token (一次一评 / 一事一评). Staff and
 * administrators may never rate (a citizen's rating must not be given on their behalf); an evaluator
 * device rates only the services of its own window; a rating is final.
 */
@Service
public class Evaluations {

  /** A rating as the citizen gives it; contact data only when they choose a real-name rating. */
  public record Submission(String token, int level, EvaluationChannel channel, List<Reason> reasons, String comment,
      String contactName, String contactPhone) {

    public Submission {
      reasons = reasons == null ? List.of() : List.copyOf(new LinkedHashSet<>(reasons));
    }
  }

  private final RateableServices rateable;
  private final EvaluationStore store;
  private final WindowStates screens;
  private final SubmissionLimiter limiter;
  private final FeedbackProperties properties;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final NegativeFeedbackLedger ledger;

  Evaluations(RateableServices rateable, EvaluationStore store, WindowStates screens, SubmissionLimiter limiter,
      FeedbackProperties properties, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
      NegativeFeedbackLedger ledger) {
    this.ledger = ledger;
    this.rateable = rateable;
    this.store = store;
    this.screens = screens;
    this.limiter = limiter;
    this.properties = properties;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The service a token rates, if the token is real. */
  public Optional<RateableService> rateable(String token) {
    return token == null || token.isBlank() || token.length() > 64 ? Optional.empty() : rateable.find(token);
  }

  /** Whether the service of this token was rated already. */
  public boolean evaluated(String token) {
    return store.existsFor(token);
  }

  /**
   * Records a rating. {@code actor} is whoever authenticated the request (null for a citizen), {@code client}
   * the address that anonymous ratings are rate-limited by.
   *
   * @throws ForbiddenException for a person's login or a device that is not this window's evaluator
   * @throws NotFoundException for an unknown (forged) token
   * @throws ConflictException when the service was rated already
   * @throws BusinessRuleException when the rating window has closed
   */
  @Transactional
  public EvaluationReceipt submit(Submission s, Actor actor, String client) {
    EvaluationChannel channel = s.channel() == null ? EvaluationChannel.WEB : s.channel();
    checkRater(actor);
    if (actor != null) {
      channel = EvaluationChannel.EVALUATOR;
    } else {
      limiter.check("rating:" + client);
      if (channel == EvaluationChannel.EVALUATOR || channel == EvaluationChannel.PAPER) {
        throw new InvalidRatingException("feedback.channelNeedsDevice");
      }
    }
    if (s.level() < 1 || s.level() > 5) {
      throw new InvalidRatingException("feedback.levelInvalid");
    }
    RateableService service = rateable(s.token()).orElseThrow(() -> new NotFoundException("feedback.tokenUnknown"));
    if (actor != null && !java.util.Objects.equals(actor.windowCode(), service.windowCode())) {
      throw new ForbiddenException("feedback.otherWindow");
    }
    List<Reason> allowed = Reason.setFor(service.kind(), channel);
    if (!allowed.containsAll(s.reasons())) {
      throw new InvalidRatingException("feedback.reasonInvalid");
    }
    if (store.existsFor(service.token())) {
      throw new ConflictException("feedback.alreadyEvaluated");
    }
    Instant now = clock.instant();
    if (now.isAfter(service.rateUntil())) {
      throw new BusinessRuleException("feedback.ratingClosed", properties.ratingWindow().toDays());
    }
    if (channel == EvaluationChannel.EVALUATOR && now.isBefore(service.completedAt().plus(properties.evaluatorGap()))) {
      throw new ConflictException("feedback.tooSoon");
    }
    return record(service, s, channel, now);
  }

  /**
   * Enters a paper evaluation form (channel PAPER) with its scan. Staff enter what the citizen wrote; the
   * staff member who served may not enter the form of their own service.
   */
  @Transactional
  public EvaluationReceipt enterPaper(Actor actor, Submission s, String fileName, String contentType, byte[] scan) {
    if (actor == null || actor.isDevice()
        || !(actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN))) {
      throw new ForbiddenException("feedback.paper.notStaff");
    }
    if (s.level() < 1 || s.level() > 5) {
      throw new InvalidRatingException("feedback.levelInvalid");
    }
    if (scan == null || scan.length == 0) {
      throw new InvalidRatingException("feedback.paper.scanRequired");
    }
    if (scan.length > 5 * 1024 * 1024) {
      throw new InvalidRatingException("feedback.complaint.photoTooLarge");
    }
    RateableService service = rateable(s.token()).orElseThrow(() -> new NotFoundException("feedback.tokenUnknown"));
    if (java.util.Objects.equals(actor.username(), service.staffUsername())) {
      throw new ForbiddenException("feedback.paper.ownService");
    }
    boolean sameHall = actor.has(Role.STAFF) && java.util.Objects.equals(actor.hallCode(), service.hallCode());
    if (!sameHall && !actor.scope().permits(service.unitCode(), service.hallCode(), service.windowCode())) {
      throw new NotFoundException("feedback.tokenUnknown");
    }
    if (!Reason.setFor(service.kind(), EvaluationChannel.PAPER).containsAll(s.reasons())) {
      throw new InvalidRatingException("feedback.reasonInvalid");
    }
    if (store.existsFor(service.token())) {
      throw new ConflictException("feedback.alreadyEvaluated");
    }
    Instant now = clock.instant();
    if (now.isAfter(service.rateUntil())) {
      throw new BusinessRuleException("feedback.ratingClosed", properties.ratingWindow().toDays());
    }
    EvaluationReceipt receipt = record(service, s, EvaluationChannel.PAPER, now);
    store.attachScan(receipt.id(), fileName == null ? "scan" : fileName, contentType, scan, actor.username(), now);
    return receipt;
  }

  private EvaluationReceipt record(RateableService service, Submission s, EvaluationChannel channel, Instant now) {
    boolean negative = s.level() <= 2;
    EvaluationRecord record = new EvaluationRecord(Ids.newId(clock), service.token(), service.kind(),
        service.subjectId(), s.level(), negative, channel, s.reasons(), blankToNull(s.comment()),
        blankToNull(s.contactName()), blankToNull(s.contactPhone()), service.hallCode(), service.unitCode(),
        service.windowCode(), service.staffUsername(), service.serviceCode(), service.completedAt(), now);
    store.insert(record);
    if (negative) {
      ledger.openFor(record.id());
    }
    if (service.windowCode() != null) {
      screens.idleIfRating(service.windowCode(), service.token(), now);
    }
    // The audit names the rating, never the citizen's contact data (evaluator identity stays confidential).
    audit.record("feedback.evaluate", "evaluation", record.id(), null,
        java.util.Map.of("level", record.level(), "channel", channel.name(), "subject", service.subjectId()));
    events.publishEvent(new EvaluationSubmitted(record.id(), service.kind(), service.subjectId(), record.level(),
        negative, channel, service.unitCode(), service.hallCode(), service.windowCode(), service.staffUsername(),
        service.serviceCode(), now));
    return new EvaluationReceipt(record.id(), record.level(), negative);
  }

  /** Refuses every login but an evaluator device's: staff never rate on the citizen's behalf. */
  public void checkRater(Actor actor) {
    if (actor != null && !(actor.isDevice() && actor.has(Role.DEVICE_EVALUATOR))) {
      throw new ForbiddenException("feedback.staffMayNotRate");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

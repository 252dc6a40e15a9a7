package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.organization.AbsenceCancelled;
import org.servicewindow.organization.AbsenceKind;
import org.servicewindow.organization.AbsenceRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records absences under the AB岗 rule: one that would leave both halves of a post away is refused with
 * the post and the other person's absence named; the handover to the backup is written before it starts.
 */
@Service
public class AbsenceAdministration {

  /** What an administrator enters for an absence. */
  public record AbsenceDetails(
      UUID staffId, AbsenceKind kind, Instant startsAt, Instant endsAt, String reason, String handoverNote) {}

  private final Absences absences;
  private final StaffMembers staff;
  private final BackupPosts posts;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AbsenceAdministration(
      Absences absences,
      StaffMembers staff,
      BackupPosts posts,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.absences = absences;
    this.staff = staff;
    this.posts = posts;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public Paged<Absences.Listing> search(Actor actor, Absences.Criteria criteria, PageQuery page) {
    return absences.search(criteria, actor.scope(), page);
  }

  public Absence get(Actor actor, UUID id) {
    return absences.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("org.absence.notFound"));
  }

  /** One post a staff member holds, the partner in it and the partner's absences still to come. */
  public record PostContext(BackupPost post, boolean asA, StaffMember partner, List<Absence> partnerAbsences) {}

  /** Who stands in for a staff member and when those people are away, to plan an absence around. */
  public List<PostContext> context(Actor actor, UUID staffId) {
    if (staffId == null || staff.find(staffId, actor.scope()).isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    return posts.held(staffId).stream().map(p -> {
      UUID partnerId = p.partnerOf(staffId).orElseThrow();
      List<Absence> upcoming = absences.of(partnerId).stream().filter(a -> a.endsAt().isAfter(now)).toList();
      return new PostContext(p, p.staffA().equals(staffId), staff.find(partnerId).orElseThrow(), upcoming);
    }).toList();
  }

  /** Active staff whose absences the actor may record. */
  public List<StaffMember> staffChoices(Actor actor) {
    return staff.activeInScope(actor.scope()).stream().filter(m -> StaffAdministration.mayEdit(actor, m)).toList();
  }

  public StaffMember staffMember(UUID staffId) {
    return staff.find(staffId).orElseThrow(() -> new NotFoundException("org.staff.notFound"));
  }

  /** Whether the absence has begun (no handover can be written any more). */
  public boolean hasStarted(Absence absence) {
    return !clock.instant().isBefore(absence.startsAt());
  }

  public java.time.LocalDate today() {
    return org.servicewindow.common.ChinaTime.today(clock);
  }

  @Transactional
  public Absence record(Actor actor, AbsenceDetails d) {
    StaffMember member = editableStaff(actor, d.staffId());
    if (d.startsAt() == null || d.endsAt() == null || !d.startsAt().isBefore(d.endsAt())) {
      throw new BusinessRuleException("org.absence.order");
    }
    List<BackupPost> held = posts.held(member.id());
    List<UUID> pair = new ArrayList<>(List.of(member.id()));
    held.forEach(p -> pair.add(p.partnerOf(member.id()).orElseThrow()));
    staff.lock(pair);
    absences.of(member.id()).stream().filter(a -> a.overlaps(d.startsAt(), d.endsAt())).findFirst().ifPresent(own -> {
      throw new BusinessRuleException("org.absence.overlapsOwn", member.name(), Messages.time(own.startsAt()),
          Messages.time(own.endsAt()));
    });
    BackupPostPolicy.conflictOf(member.id(), d.startsAt(), d.endsAt(), held, absences::of).ifPresent(conflict -> {
      StaffMember partner = staff.find(conflict.partnerId()).orElseThrow();
      Absence theirs = conflict.partnerAbsence();
      throw new BusinessRuleException("org.absence.conflict", member.name(), partner.name(), conflict.post().name(),
          Messages.text("org.absenceKind." + theirs.kind()), Messages.time(theirs.startsAt()),
          Messages.time(theirs.endsAt()));
    });
    Instant now = clock.instant();
    Absence absence = new Absence(Ids.newId(clock), member.id(), d.kind(), d.startsAt(), d.endsAt(),
        Sql.blankToNull(d.reason()), null, null, actor.username(), now, null);
    if (Sql.present(d.handoverNote())) {
      absence = absence.handOver(d.handoverNote(), now);
    }
    absences.insert(absence);
    audit.record("absence.recorded", "absence", absence.id(), null, absence);
    events.publishEvent(new AbsenceRecorded(absence.id(), member.staffNumber(), absence.kind(), absence.startsAt(),
        absence.endsAt()));
    return absence;
  }

  @Transactional
  public Absence handOver(Actor actor, UUID id, String note) {
    Absence before = get(actor, id);
    editableStaff(actor, before.staffId());
    if (!Sql.present(note)) {
      throw new BusinessRuleException("org.absence.handoverEmpty");
    }
    Absence after = before.handOver(note, clock.instant());
    absences.update(after);
    audit.record("absence.handedOver", "absence", id, before, after);
    return after;
  }

  @Transactional
  public Absence cancel(Actor actor, UUID id) {
    Absence before = get(actor, id);
    StaffMember member = editableStaff(actor, before.staffId());
    Absence after = before.cancel(clock.instant());
    absences.update(after);
    audit.record("absence.cancelled", "absence", id, before, after);
    events.publishEvent(new AbsenceCancelled(id, member.staffNumber()));
    return after;
  }

  private StaffMember editableStaff(Actor actor, UUID staffId) {
    Access.requireManager(actor);
    StaffMember member = staff.find(staffId, actor.scope())
        .orElseThrow(() -> new NotFoundException("org.staff.notFound"));
    if (!StaffAdministration.mayEdit(actor, member)) {
      throw new AccessDeniedException("staff member outside the actor's write scope");
    }
    return member;
  }
}

package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A/B posts: pairing two staff members for a window and its services. A pair whose absences already
 * overlap is refused, so the rule never both away holds from the moment the post exists.
 */
@Service
public class BackupPostAdministration {

  /** What an administrator enters for a post. */
  public record PostDetails(
      String name, String windowCode, UUID staffA, UUID staffB, List<String> serviceCodes) {}

  private final BackupPosts posts;
  private final StaffMembers staff;
  private final Windows windows;
  private final Absences absences;
  private final AuditTrail audit;
  private final Clock clock;

  BackupPostAdministration(
      BackupPosts posts, StaffMembers staff, Windows windows, Absences absences, AuditTrail audit, Clock clock) {
    this.posts = posts;
    this.staff = staff;
    this.windows = windows;
    this.absences = absences;
    this.audit = audit;
    this.clock = clock;
  }

  /** A post with its two people and whether each is away right now. */
  public record PostView(BackupPost post, StaffMember a, StaffMember b, boolean aAway, boolean bAway) {}

  public Paged<PostView> search(Actor actor, BackupPosts.Criteria criteria, PageQuery page) {
    Paged<BackupPost> found = posts.search(criteria, actor.scope(), page);
    java.util.Set<UUID> people = new java.util.HashSet<>();
    found.items().forEach(p -> {
      people.add(p.staffA());
      people.add(p.staffB());
    });
    java.util.Map<UUID, StaffMember> members = new java.util.HashMap<>();
    staff.findAll(people).forEach(m -> members.put(m.id(), m));
    java.util.Set<UUID> away = absences.awayAt(people, clock.instant());
    return found.map(p -> new PostView(p, members.get(p.staffA()), members.get(p.staffB()), away.contains(p.staffA()),
        away.contains(p.staffB())));
  }

  /** Active staff the actor may pair, for the form. */
  public List<StaffMember> staffChoices(Actor actor) {
    return staff.activeInScope(actor.scope());
  }

  public BackupPost get(Actor actor, UUID id) {
    return posts.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("org.post.notFound"));
  }

  public static boolean mayEdit(Actor actor, BackupPost post) {
    return Access.mayWrite(actor, post.unitCode(), post.hallCode(), post.windowCode());
  }

  @Transactional
  public BackupPost create(Actor actor, PostDetails d) {
    Access.requireManager(actor);
    Instant now = clock.instant();
    BackupPost post = build(actor, Ids.newId(clock), d, now, now);
    posts.insert(post);
    audit.record("backupPost.created", "backupPost", post.id(), null, post);
    return post;
  }

  @Transactional
  public BackupPost update(Actor actor, UUID id, PostDetails d) {
    BackupPost before = editable(actor, id);
    BackupPost after = build(actor, id, d, before.createdAt(), clock.instant());
    posts.update(after);
    audit.record("backupPost.updated", "backupPost", id, before, after);
    return after;
  }

  @Transactional
  public void delete(Actor actor, UUID id) {
    BackupPost before = editable(actor, id);
    posts.delete(id);
    audit.record("backupPost.deleted", "backupPost", id, before, null);
  }

  private BackupPost editable(Actor actor, UUID id) {
    Access.requireManager(actor);
    BackupPost post = get(actor, id);
    if (!mayEdit(actor, post)) {
      throw new AccessDeniedException("post outside the actor's write scope");
    }
    return post;
  }

  private BackupPost build(Actor actor, UUID id, PostDetails d, Instant createdAt, Instant updatedAt) {
    if (d.staffA() == null || d.staffB() == null) {
      throw new BusinessRuleException("org.post.staffRequired");
    }
    if (d.staffA().equals(d.staffB())) {
      throw new BusinessRuleException("org.post.sameStaff");
    }
    StaffMember a = activeInScope(actor, d.staffA());
    StaffMember b = activeInScope(actor, d.staffB());
    String windowCode = Sql.blankToNull(d.windowCode());
    Window window = windowCode == null ? null : windows.find(windowCode, actor.scope())
        .orElseThrow(() -> new BusinessRuleException("org.window.unknown", windowCode));
    String unit = window != null ? window.unitCode() : a.unitCode();
    String hall = window != null ? window.hallCode() : a.hallCode();
    List<String> services = d.serviceCodes() == null ? List.of() : d.serviceCodes();
    services.stream().filter(c -> !Codes.isService(c)).findFirst().ifPresent(bad -> {
      throw new BusinessRuleException("org.window.serviceCode", bad);
    });
    BackupPost post = new BackupPost(id, d.name().trim(), unit, hall, windowCode, a.id(), b.id(), services,
        createdAt, updatedAt);
    if (!Access.mayWrite(actor, unit, hall, windowCode)) {
      throw new BusinessRuleException("org.post.outsideScope");
    }
    Instant now = clock.instant();
    for (Absence absenceOfA : absences.of(a.id())) {
      if (!absenceOfA.endsAt().isAfter(now)) {
        continue;
      }
      BackupPostPolicy.conflictOf(a.id(), absenceOfA.startsAt(), absenceOfA.endsAt(), List.of(post), absences::of)
          .ifPresent(conflict -> {
            throw new BusinessRuleException("org.post.bothAway", a.name(), b.name(),
                Messages.time(absenceOfA.startsAt()), Messages.time(absenceOfA.endsAt()));
          });
    }
    return post;
  }

  private StaffMember activeInScope(Actor actor, UUID id) {
    return staff.find(id, actor.scope())
        .filter(StaffMember::active)
        .orElseThrow(() -> new BusinessRuleException("org.post.staffUnknown"));
  }
}

package org.servicewindow.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff members: who they are, where they serve and their photo. Linking a staff member to a window
 * staff login moves that login's data scope to the window, so the person sees exactly their window's work.
 */
@Service
public class StaffAdministration {

  /** What an administrator enters for a staff member. */
  public record StaffDetails(
      String staffNumber,
      String name,
      String post,
      String unitCode,
      String hallCode,
      String phone,
      String username,
      List<String> windowCodes) {}

  /** Accounts whose scope follows the staff record; anyone with a wider role keeps the scope they were given. */
  private static final Set<Role> WIDER_ROLES = Set.of(Role.SYSADMIN, Role.INSPECTOR, Role.LEADER, Role.UNIT_ADMIN,
      Role.HALL_MANAGER);

  private final StaffMembers staff;
  private final Units units;
  private final Halls halls;
  private final Windows windows;
  private final Photos photos;
  private final UserDirectory users;
  private final AuditTrail audit;
  private final Clock clock;

  StaffAdministration(
      StaffMembers staff,
      Units units,
      Halls halls,
      Windows windows,
      Photos photos,
      UserDirectory users,
      AuditTrail audit,
      Clock clock) {
    this.staff = staff;
    this.units = units;
    this.halls = halls;
    this.windows = windows;
    this.photos = photos;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  public Paged<StaffMembers.Listing> search(Actor actor, StaffMembers.Criteria criteria, PageQuery page) {
    return staff.search(criteria, actor.scope(), page);
  }

  public StaffMember get(Actor actor, UUID id) {
    return staff.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("org.staff.notFound"));
  }

  public static boolean mayEdit(Actor actor, StaffMember member) {
    return Access.mayWrite(actor, member.unitCode(), member.hallCode(), null);
  }

  @Transactional
  public StaffMember create(Actor actor, StaffDetails d) {
    Access.requireManager(actor);
    Instant now = clock.instant();
    StaffMember member = build(Ids.newId(clock), d, true, false, now, now);
    if (!mayEdit(actor, member)) {
      throw new BusinessRuleException("org.staff.outsideScope");
    }
    staff.insert(member);
    audit.record("staff.created", "staff", member.staffNumber(), null, member);
    linkLogin(actor, member);
    return member;
  }

  @Transactional
  public StaffMember update(Actor actor, UUID id, StaffDetails d) {
    StaffMember before = editable(actor, id);
    StaffMember after = build(id, d, before.active(), before.hasPhoto(), before.createdAt(), clock.instant());
    if (!mayEdit(actor, after)) {
      throw new BusinessRuleException("org.staff.outsideScope");
    }
    staff.update(after);
    audit.record("staff.updated", "staff", after.staffNumber(), before, after);
    linkLogin(actor, after);
    return after;
  }

  /** Someone who left (or came back): kept for history, hidden from duty choices while inactive. */
  @Transactional
  public StaffMember setActive(Actor actor, UUID id, boolean active) {
    StaffMember before = editable(actor, id);
    StaffMember after = new StaffMember(before.id(), before.staffNumber(), before.name(), before.post(),
        before.unitCode(), before.hallCode(), before.phone(), before.username(), active, before.windowCodes(),
        before.hasPhoto(), before.createdAt(), clock.instant());
    staff.update(after);
    audit.record(active ? "staff.reactivated" : "staff.deactivated", "staff", before.staffNumber(),
        before, after);
    return after;
  }

  @Transactional
  public void uploadPhoto(Actor actor, UUID id, byte[] content) {
    StaffMember member = editable(actor, id);
    Photo photo = PhotoUpload.accept(content, clock.instant());
    photos.save(id, photo);
    audit.record("staff.photoUploaded", "staff", member.staffNumber(), null,
        java.util.Map.of("contentType", photo.contentType(), "bytes", photo.content().length));
  }

  @Transactional
  public void removePhoto(Actor actor, UUID id) {
    StaffMember member = editable(actor, id);
    if (photos.remove(id)) {
      audit.record("staff.photoRemoved", "staff", member.staffNumber(), null, null);
    }
  }

  public Optional<Photo> photo(UUID id) {
    return photos.of(id);
  }

  private StaffMember editable(Actor actor, UUID id) {
    Access.requireManager(actor);
    StaffMember member = get(actor, id);
    if (!mayEdit(actor, member)) {
      throw new AccessDeniedException("staff member outside the actor's write scope");
    }
    return member;
  }

  private StaffMember build(UUID id, StaffDetails d, boolean active, boolean hasPhoto, Instant createdAt, Instant updatedAt) {
    String number = d.staffNumber().trim();
    if (staff.numberTaken(number, id)) {
      throw new ConflictException("org.staff.numberTaken", number);
    }
    String unit = Sql.blankToNull(d.unitCode());
    if (unit == null || !units.exists(unit)) {
      throw new BusinessRuleException("org.unit.unknown", String.valueOf(unit));
    }
    String hall = Sql.blankToNull(d.hallCode());
    if (hall != null && !halls.exists(hall)) {
      throw new BusinessRuleException("org.hall.unknown", hall);
    }
    List<String> windowCodes = d.windowCodes() == null ? List.of() : d.windowCodes().stream().distinct().toList();
    for (String code : windowCodes) {
      Window window = windows.find(code).orElseThrow(() -> new BusinessRuleException("org.window.unknown", code));
      if (!window.unitCode().equals(unit) && !window.hallCode().equals(hall)) {
        throw new BusinessRuleException("org.staff.windowForeign", code);
      }
    }
    String username = Sql.blankToNull(d.username());
    if (username != null) {
      if (!users.exists(username)) {
        throw new BusinessRuleException("org.staff.usernameUnknown", username);
      }
      if (staff.usernameTaken(username, id)) {
        throw new ConflictException("org.staff.usernameTaken", username);
      }
    }
    return new StaffMember(id, number, d.name().trim(), d.post().trim(), unit, hall, Sql.blankToNull(d.phone()),
        username, active, windowCodes, hasPhoto, createdAt, updatedAt);
  }

  /**
   * Gives a window staff login the scope of the member's first window (its staffing unit, hall and code),
   * or of their unit and hall without a window. Accounts of another unit cannot be taken over.
   */
  private void linkLogin(Actor actor, StaffMember member) {
    if (member.username() == null) {
      return;
    }
    UserDirectory.UserSummary account = users.find(member.username()).orElseThrow();
    if (account.roles().stream().anyMatch(WIDER_ROLES::contains) || !account.roles().contains(Role.STAFF)) {
      return;
    }
    if (account.unitCode() != null && !Access.mayWrite(actor, account.unitCode(), account.hallCode(), null)
        && !actor.has(Role.SYSADMIN)) {
      throw new BusinessRuleException("org.staff.usernameForeign", member.username());
    }
    Optional<Window> first = member.windowCodes().stream().findFirst().flatMap(windows::find);
    String unit = first.map(Window::unitCode).orElse(member.unitCode());
    String hall = first.map(Window::hallCode).orElse(member.hallCode());
    users.assignScope(member.username(), unit, hall, first.map(Window::code).orElse(null));
  }
}

package org.servicewindow.organization.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.servicewindow.common.ChinaTime;
import org.springframework.stereotype.Service;

/**
 * Answers who is responsible here and now for a window, a service or a person: whoever the roster (or
 * the post, or the window's staff list) names, unless they are away — then their A/B partner.
 */
@Service
public class ResponsibleStaff {

  private final Rosters rosters;
  private final BackupPosts posts;
  private final StaffMembers staff;
  private final Windows windows;
  private final Absences absences;

  ResponsibleStaff(Rosters rosters, BackupPosts posts, StaffMembers staff, Windows windows, Absences absences) {
    this.rosters = rosters;
    this.posts = posts;
    this.staff = staff;
    this.windows = windows;
    this.absences = absences;
  }

  /**
   * Who is nominally on the window that day: the roster's entry, else the A of the window's post, else
   * the first active staff member who may serve there.
   */
  public Optional<StaffMember> nominalFor(String windowCode, LocalDate date) {
    return rosters.onDuty(windowCode, date).or(() -> usualFor(windowCode)).flatMap(staff::find);
  }

  /** The usual person at a window: the A of its post, else the first active staff member who may serve there. */
  public Optional<UUID> usualFor(String windowCode) {
    Optional<BackupPost> post = posts.coveringWindow(windowCode).stream().findFirst();
    if (post.isPresent()) {
      return Optional.of(post.get().staffA());
    }
    return staff.servingAt(windowCode).stream().findFirst().map(StaffMember::id);
  }

  public Optional<StaffMember> forWindow(String windowCode, Instant at) {
    if (windows.find(windowCode).isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = at.atZone(ChinaTime.ZONE).toLocalDate();
    return nominalFor(windowCode, date).flatMap(nominal -> inPlaceOf(nominal.id(), at));
  }

  /** Among the posts covering a service (in a hall, or anywhere when null): the first A present, else their B. */
  public Optional<StaffMember> forService(String hallCode, String serviceCode, Instant at) {
    List<BackupPost> covering = posts.coveringService(hallCode, serviceCode);
    if (!covering.isEmpty()) {
      Set<UUID> people = new HashSet<>();
      covering.forEach(p -> {
        people.add(p.staffA());
        people.add(p.staffB());
      });
      Set<UUID> away = absences.awayAt(people, at);
      Optional<StaffMember> found = BackupPostPolicy.responsibleForAnyOf(covering, away::contains).flatMap(staff::find);
      if (found.isPresent()) {
        return found;
      }
    }
    for (Window window : windows.handling(hallCode, serviceCode)) {
      Optional<StaffMember> responsible = forWindow(window.code(), at);
      if (responsible.isPresent()) {
        return responsible;
      }
    }
    return Optional.empty();
  }

  /** The person themselves while present, otherwise the partner who stands in for them (empty when none can). */
  public Optional<StaffMember> inPlaceOf(UUID staffId, Instant at) {
    List<BackupPost> held = posts.held(staffId);
    Set<UUID> people = new HashSet<>();
    people.add(staffId);
    held.forEach(p -> people.add(p.partnerOf(staffId).orElseThrow()));
    Set<UUID> away = absences.awayAt(people, at);
    Predicate<UUID> isAway = away::contains;
    return BackupPostPolicy.responsibleFor(staffId, held, isAway).flatMap(staff::find);
  }

  public boolean isAway(UUID staffId, Instant at) {
    return absences.awayAt(List.of(staffId), at).contains(staffId);
  }
}

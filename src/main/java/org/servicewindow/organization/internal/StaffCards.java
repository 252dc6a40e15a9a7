package org.servicewindow.organization.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.springframework.stereotype.Service;

/**
 * What the desk card, the badge and the public page show of a staff member: who they are, for which
 * unit, at which window — and, on the public page, who stands in while they are away.
 */
@Service
public class StaffCards {

  /** A staff member with their unit, hall and windows, and (now) whether someone stands in for them. */
  public record Card(
      StaffMember member,
      Unit unit,
      Hall hall,
      List<Window> windows,
      boolean away,
      StaffMember standIn,
      List<Window> standInWindows) {

    public Optional<Window> firstWindow() {
      return windows.stream().findFirst();
    }
  }

  private final StaffMembers staff;
  private final Units units;
  private final Halls halls;
  private final Windows windows;
  private final Photos photos;
  private final ResponsibleStaff responsible;
  private final Clock clock;

  StaffCards(
      StaffMembers staff, Units units, Halls halls, Windows windows, Photos photos, ResponsibleStaff responsible,
      Clock clock) {
    this.staff = staff;
    this.units = units;
    this.halls = halls;
    this.windows = windows;
    this.photos = photos;
    this.responsible = responsible;
    this.clock = clock;
  }

  /** For the print pages, inside the reader's scope. */
  public Card card(Actor actor, UUID id) {
    return card(staff.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("org.staff.notFound")));
  }

  /** For citizens: only someone who still works here. */
  public Card publicCard(String staffNumber) {
    return card(active(staffNumber));
  }

  public StaffMember active(String staffNumber) {
    return staff.findByNumber(staffNumber)
        .filter(StaffMember::active)
        .orElseThrow(() -> new NotFoundException("org.staff.publicNotFound", staffNumber));
  }

  public Optional<Photo> photo(UUID staffId) {
    return photos.of(staffId);
  }

  private Card card(StaffMember member) {
    Unit unit = units.find(member.unitCode()).orElseThrow();
    Hall hall = member.hallCode() == null ? null : halls.find(member.hallCode()).orElse(null);
    boolean away = responsible.isAway(member.id(), clock.instant());
    StaffMember standIn = away
        ? responsible.inPlaceOf(member.id(), clock.instant()).filter(s -> !s.id().equals(member.id())).orElse(null)
        : null;
    return new Card(member, unit, hall, windowsOf(member), away, standIn, standIn == null ? List.of() : windowsOf(standIn));
  }

  private List<Window> windowsOf(StaffMember member) {
    return member.windowCodes().stream().map(windows::find).flatMap(Optional::stream).toList();
  }
}

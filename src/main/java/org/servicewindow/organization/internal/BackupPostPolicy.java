package org.servicewindow.organization.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The AB岗 rules of the seed document: A and B of one post may never be away at overlapping times, and
 * while one of them is away the other is responsible for the post. Pure functions over posts and
 * absences, so the rules are tested without a database.
 */
public final class BackupPostPolicy {

  /** Why an absence cannot be recorded: it would leave {@code post} without anyone, because of {@code partnerAbsence}. */
  public record Conflict(BackupPost post, UUID partnerId, Absence partnerAbsence) {}

  private BackupPostPolicy() {}

  /**
   * The first post that the staff member's absence from {@code from} to {@code to} would leave uncovered, with the
   * partner's absence that overlaps it (earliest first).
   *
   * @param posts the posts the staff member holds, as A or B
   * @param absencesOf every recorded absence of a staff member
   */
  public static Optional<Conflict> conflictOf(
      UUID staffId, Instant from, Instant to, List<BackupPost> posts, Function<UUID, List<Absence>> absencesOf) {
    for (BackupPost post : posts) {
      Optional<UUID> partner = post.partnerOf(staffId);
      if (partner.isEmpty()) {
        continue;
      }
      Optional<Absence> overlapping = absencesOf.apply(partner.get()).stream()
          .filter(a -> a.overlaps(from, to))
          .min(Comparator.comparing(Absence::startsAt));
      if (overlapping.isPresent()) {
        return Optional.of(new Conflict(post, partner.get(), overlapping.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Who answers for work nominally assigned to {@code nominal}: they themselves while present, otherwise
   * their partner in a post they hold as A (then as B) who is present; nobody if all are away.
   */
  public static Optional<UUID> responsibleFor(UUID nominal, List<BackupPost> posts, Predicate<UUID> away) {
    if (!away.test(nominal)) {
      return Optional.of(nominal);
    }
    return posts.stream()
        .filter(p -> p.involves(nominal))
        .sorted(Comparator.comparing((BackupPost p) -> !p.staffA().equals(nominal)))
        .map(p -> p.partnerOf(nominal).orElseThrow())
        .filter(partner -> !away.test(partner))
        .findFirst();
  }

  /** Who answers for a set of posts (e.g. those covering one service): the first A present, else that post's B. */
  public static Optional<UUID> responsibleForAnyOf(List<BackupPost> posts, Predicate<UUID> away) {
    for (BackupPost post : posts) {
      if (!away.test(post.staffA())) {
        return Optional.of(post.staffA());
      }
      if (!away.test(post.staffB())) {
        return Optional.of(post.staffB());
      }
    }
    return Optional.empty();
  }
}

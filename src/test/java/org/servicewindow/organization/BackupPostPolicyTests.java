package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.organization.internal.Absence;
import org.servicewindow.organization.internal.BackupPost;
import org.servicewindow.organization.internal.BackupPostPolicy;

/** The AB岗 rules without a database: never both away, and B answers while A is away. */
class BackupPostPolicyTests {

  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();
  private final UUID c = UUID.randomUUID();
  private final BackupPost post = post("综合受理岗", a, b);
  private final Map<UUID, List<Absence>> absences = new HashMap<>();

  @Test
  void refusesAnAbsenceOfAWhileBIsAwayAtAnOverlappingTime() {
    Absence ofB = absence(b, at(3, 9), at(5, 18));
    absences.put(b, List.of(ofB));

    var conflict = BackupPostPolicy.conflictOf(a, at(5, 9), at(6, 18), List.of(post), this::absencesOf);

    assertThat(conflict).hasValueSatisfying(found -> {
      assertThat(found.post()).isEqualTo(post);
      assertThat(found.partnerId()).isEqualTo(b);
      assertThat(found.partnerAbsence()).isEqualTo(ofB);
    });
  }

  @Test
  void refusesAnAbsenceOfBWhileAIsAwayToo() {
    absences.put(a, List.of(absence(a, at(3, 9), at(5, 18))));

    assertThat(BackupPostPolicy.conflictOf(b, at(1, 9), at(4, 12), List.of(post), this::absencesOf)).isPresent();
  }

  @Test
  void acceptsAnAbsenceThatStartsWhenThePartnersEnds() {
    absences.put(b, List.of(absence(b, at(3, 9), at(5, 18))));

    assertThat(BackupPostPolicy.conflictOf(a, at(5, 18), at(7, 18), List.of(post), this::absencesOf)).isEmpty();
  }

  @Test
  void aCancelledAbsenceOfThePartnerNoLongerCounts() {
    Absence cancelled = absence(b, at(3, 9), at(5, 18)).cancel(at(1, 8));
    absences.put(b, List.of(cancelled));

    assertThat(BackupPostPolicy.conflictOf(a, at(4, 9), at(4, 18), List.of(post), this::absencesOf)).isEmpty();
  }

  @Test
  void absencesOfPeopleInOtherPostsDoNotMatter() {
    absences.put(c, List.of(absence(c, at(3, 9), at(5, 18))));

    assertThat(BackupPostPolicy.conflictOf(a, at(4, 9), at(4, 18), List.of(post), this::absencesOf)).isEmpty();
  }

  @Test
  void checksEveryPostTheStaffMemberHolds() {
    BackupPost asB = post("窗口二", c, a);
    absences.put(c, List.of(absence(c, at(4, 8), at(4, 12))));

    var conflict = BackupPostPolicy.conflictOf(a, at(4, 9), at(4, 18), List.of(post, asB), this::absencesOf);

    assertThat(conflict).hasValueSatisfying(found -> assertThat(found.partnerId()).isEqualTo(c));
  }

  @Test
  void thePersonOnDutyIsResponsibleWhilePresent() {
    assertThat(BackupPostPolicy.responsibleFor(a, List.of(post), away())).contains(a);
  }

  @Test
  void whileAIsAwayBIsResponsibleForAsPost() {
    assertThat(BackupPostPolicy.responsibleFor(a, List.of(post), away(a))).contains(b);
  }

  @Test
  void whileBIsAwayTheirPartnerAStandsInForThem() {
    assertThat(BackupPostPolicy.responsibleFor(b, List.of(post), away(b))).contains(a);
  }

  @Test
  void aPostWhereAIsAPrecedesOneWhereAIsB() {
    BackupPost asB = post("窗口二", c, a);

    assertThat(BackupPostPolicy.responsibleFor(a, List.of(asB, post), away(a))).contains(b);
  }

  @Test
  void nobodyIsResponsibleWhenEveryoneWhoCouldStandInIsAway() {
    assertThat(BackupPostPolicy.responsibleFor(a, List.of(post), away(a, b))).isEmpty();
    assertThat(BackupPostPolicy.responsibleFor(c, List.of(post), away(c))).isEmpty();
  }

  @Test
  void forAServiceTheFirstPresentAOfItsPostsAnswersElseThatPostsB() {
    BackupPost second = post("第二岗", c, UUID.randomUUID());

    assertThat(BackupPostPolicy.responsibleForAnyOf(List.of(post, second), away())).contains(a);
    assertThat(BackupPostPolicy.responsibleForAnyOf(List.of(post, second), away(a))).contains(b);
    assertThat(BackupPostPolicy.responsibleForAnyOf(List.of(post, second), away(a, b))).contains(c);
  }

  @Test
  void theHandoverIsWrittenBeforeTheAbsenceStartsAndNotAfter() {
    Absence absence = absence(a, at(3, 9), at(5, 18));

    Absence handedOver = absence.handOver("在办 2 件已交 B 角", at(2, 16));
    assertThat(handedOver.hasHandover()).isTrue();
    assertThat(handedOver.handedOverAt()).isEqualTo(at(2, 16));

    assertThatThrownBy(() -> absence.handOver("补记", at(3, 9)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("org.absence.handoverTooLate");
  }

  @Test
  void anAbsenceCoversFromItsStartUntilJustBeforeItsEnd() {
    Absence absence = absence(a, at(3, 9), at(3, 18));

    assertThat(absence.covers(at(3, 9))).isTrue();
    assertThat(absence.covers(at(3, 17))).isTrue();
    assertThat(absence.covers(at(3, 18))).isFalse();
    assertThat(absence.covers(at(3, 8))).isFalse();
  }

  @Test
  void anAbsenceMustEndAfterItStarts() {
    assertThatThrownBy(() -> absence(a, at(3, 9), at(3, 9)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("org.absence.order");
  }

  private List<Absence> absencesOf(UUID staffId) {
    return absences.getOrDefault(staffId, List.of());
  }

  private static java.util.function.Predicate<UUID> away(UUID... who) {
    return Set.of(who)::contains;
  }

  private static BackupPost post(String name, UUID staffA, UUID staffB) {
    return new BackupPost(UUID.randomUUID(), name, "BJXZSPJ", "BJZWFW", null, staffA, staffB, List.of(), at(1, 0),
        at(1, 0));
  }

  private static Absence absence(UUID staff, Instant from, Instant to) {
    return new Absence(UUID.randomUUID(), staff, AbsenceKind.LEAVE, from, to, null, null, null, "test", at(1, 0), null);
  }

  /** Day of a fixed month at an hour, China time. */
  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2026, 3, day, hour, 0).atZone(ChinaTime.ZONE).toInstant();
  }
}

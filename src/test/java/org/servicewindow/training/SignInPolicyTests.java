package org.servicewindow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.training.internal.SignInPolicy;
import org.servicewindow.training.internal.TrainingSession;

/** QR sign-in: only the session's own signed token, only from 30 minutes before the start until the end. */
class SignInPolicyTests {

  static final Instant START = Instant.parse("2026-03-10T06:30:00Z"); // 14:30 in Shanghai
  static final Instant END = START.plus(Duration.ofHours(2));

  static TrainingSession session(UUID id, String key) {
    return new TrainingSession(id, UUID.randomUUID(), "U1", Topic.POLICY, "培训", START, END, false, "培训室", "讲师", key,
        START.minus(Duration.ofDays(3)), "admin");
  }

  static SignInPolicy at(Instant now) {
    return new SignInPolicy(Clock.fixed(now, ChinaTime.ZONE));
  }

  private final TrainingSession session = session(UUID.randomUUID(), "a".repeat(48));
  private final String token = SignInPolicy.token(session);

  @Test
  void acceptsTheTokenFromHalfAnHourBeforeTheStartUntilTheEnd() {
    for (Instant now : new Instant[] {START.minus(SignInPolicy.EARLY), START, START.plusSeconds(3600), END}) {
      assertThatCode(() -> at(now).check(session, token)).as("at %s", now).doesNotThrowAnyException();
      assertThat(at(now).open(session)).isTrue();
    }
  }

  @Test
  void refusesTheTokenBeforeTheWindowOpens() {
    assertThatThrownBy(() -> at(START.minus(SignInPolicy.EARLY).minusSeconds(1)).check(session, token))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("training.signIn.tooEarly");
  }

  @Test
  void refusesTheTokenAfterTheSessionEnded() {
    assertThatThrownBy(() -> at(END.plusSeconds(1)).check(session, token))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("training.signIn.closed");
    assertThat(at(END.plusSeconds(1)).open(session)).isFalse();
  }

  @Test
  void aTokenOfAnotherSessionOrAForgedOneLooksLikeAnUnknownSession() {
    TrainingSession other = session(UUID.randomUUID(), "a".repeat(48));
    TrainingSession rekeyed = session(session.id(), "b".repeat(48));
    for (String wrong : new String[] {SignInPolicy.token(other), SignInPolicy.token(rekeyed), "", null,
        token.substring(1) + "x"}) {
      assertThatThrownBy(() -> at(START).check(session, wrong)).isInstanceOf(NotFoundException.class);
    }
  }
}

package org.servicewindow.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.NotFoundException;

/**
 * QR sign-in at a session: the code carries a token signed with the session's own key, so it works for that
 * session only and cannot be made up; it is accepted from {@link #EARLY} before the start until the end,
 * so a photo of the code sent home after the session signs nobody in.
 */
public final class SignInPolicy {

  /** Staff may sign in this long before the session starts (arriving early). */
  public static final Duration EARLY = Duration.ofMinutes(30);

  private final Clock clock;

  public SignInPolicy(Clock clock) {
    this.clock = clock;
  }

  /** The token the session's QR code carries. */
  public static String token(TrainingSession session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(session.signInKey().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      byte[] digest = mac.doFinal(("training-sign-in:" + session.id()).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the QR code of this session is accepted now. */
  public boolean open(TrainingSession session) {
    Instant now = clock.instant();
    return !now.isBefore(session.startsAt().minus(EARLY)) && !now.isAfter(session.endsAt());
  }

  /**
   * Checks a scanned token: a wrong token looks like an unknown session, a right one outside the time
   * window is refused with the reason.
   */
  public void check(TrainingSession session, String token) {
    byte[] expected = token(session).getBytes(StandardCharsets.US_ASCII);
    byte[] given = (token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new NotFoundException("training.session.notFound");
    }
    Instant now = clock.instant();
    if (now.isBefore(session.startsAt().minus(EARLY))) {
      throw new BusinessRuleException("training.signIn.tooEarly");
    }
    if (now.isAfter(session.endsAt())) {
      throw new BusinessRuleException("training.signIn.closed");
    }
  }
}

package org.servicewindow.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password login for both the login form and {@code POST /api/v1/auth/token}: checks the
 * throttle first, answers unknown users as slowly as known ones, audits every attempt.
 */
@Component
public class PasswordAuthenticationProvider implements AuthenticationProvider {

  private final Users users;
  private final LoginThrottle throttle;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final String dummyHash;

  PasswordAuthenticationProvider(
      Users users, LoginThrottle throttle, PasswordEncoder encoder, AuditTrail audit) {
    this.users = users;
    this.throttle = throttle;
    this.encoder = encoder;
    this.audit = audit;
    this.dummyHash = encoder.encode("not-a-password-of-anyone");
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    String username = request.getName() == null ? "" : request.getName().trim();
    String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
    String address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
    String accountKey = LoginThrottle.accountKey(username);
    String addressKey = LoginThrottle.addressKey(address);

    Optional<Instant> locked = throttle.lockedUntil(accountKey).or(() -> throttle.lockedUntil(addressKey));
    if (locked.isPresent()) {
      audit.recordAs(username, "login.locked", "user", username);
      throw new LoginLockedException(locked.get());
    }

    Optional<UserAccount> user = users.findByUsername(username);
    if (user.isEmpty()) {
      encoder.matches(password, dummyHash); // same cost as a real check: no probing for usernames
    }
    boolean matches = user.isPresent() && encoder.matches(password, user.get().passwordHash());
    if (!matches || !user.get().enabled()) {
      throttle.recordFailure(accountKey);
      throttle.recordFailure(addressKey);
      audit.recordAs(username, "login.failed", "user", username);
      throw new BadCredentialsException("bad credentials");
    }

    throttle.reset(accountKey);
    Actor actor = user.get().toActor();
    var result = UsernamePasswordAuthenticationToken.authenticated(
        actor, null, SecurityConfiguration.authorities(actor));
    result.setDetails(request.getDetails());
    audit.recordAs(username, "login.succeeded", "user", username);
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

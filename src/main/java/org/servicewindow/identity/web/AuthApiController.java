package org.servicewindow.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.Problems;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.IdentityProperties;
import org.servicewindow.identity.internal.LoginLockedException;
import org.servicewindow.identity.internal.Tokens;
import org.servicewindow.identity.internal.Users;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients, and who the caller is (api.md, "Auth"). */
@RestController
@Tag(name = "Auth")
class AuthApiController {

  record TokenRequest(@NotBlank String username, @NotBlank String password) {}

  record TokenResponse(String token, OffsetDateTime expiresAt, List<String> roles) {}

  record Me(
      String username,
      String displayName,
      List<String> roles,
      String kind,
      String unitCode,
      String hallCode,
      String windowCode) {}

  private final AuthenticationManager authentication;
  private final Tokens tokens;
  private final Users users;
  private final Problems problems;
  private final IdentityProperties properties;
  private final Clock clock;

  AuthApiController(
      AuthenticationManager authentication,
      Tokens tokens,
      Users users,
      Problems problems,
      IdentityProperties properties,
      Clock clock) {
    this.authentication = authentication;
    this.tokens = tokens;
    this.users = users;
    this.problems = problems;
    this.properties = properties;
    this.clock = clock;
  }

  @PostMapping(path = "/api/v1/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Exchange username and password for a bearer token")
  ResponseEntity<?> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request, Locale locale) {
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
    attempt.setDetails(new WebAuthenticationDetails(request));
    Authentication result;
    try {
      result = authentication.authenticate(attempt);
    } catch (LoginLockedException locked) {
      long seconds = Math.max(1, locked.until().getEpochSecond() - clock.instant().getEpochSecond());
      return ResponseEntity.status(429)
          .header("Retry-After", Long.toString(seconds))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.of(429, "login.locked", new Object[] {(seconds + 59) / 60}, locale));
    } catch (AuthenticationException failed) {
      return ResponseEntity.status(401)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.of(401, "login.failed", null, locale));
    }
    Actor actor = (Actor) result.getPrincipal();
    boolean mustChange = users.findByUsername(actor.username()).map(u -> u.mustChangePassword()).orElse(true);
    if (mustChange) {
      return ResponseEntity.status(403)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.of(403, "password.changeRequired", null, locale));
    }
    var issued = tokens.issue(Tokens.Kind.USER, actor.username(),
        clock.instant().plus(properties.security().apiTokenTtl()));
    return ResponseEntity.ok(new TokenResponse(issued.token(), ChinaTime.toOffset(issued.expiresAt()),
        roleNames(actor)));
  }

  @DeleteMapping("/api/v1/auth/token")
  @Operation(summary = "Revoke the bearer token of this request")
  ResponseEntity<Void> revoke(HttpServletRequest request) {
    Object id = request.getAttribute(Tokens.REQUEST_ATTRIBUTE);
    if (id instanceof UUID tokenId) {
      tokens.revoke(tokenId);
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The authenticated user or device")
  Me me(@AuthenticationPrincipal Actor actor) {
    return new Me(actor.username(), actor.displayName(), roleNames(actor), actor.kind().name(),
        actor.unitCode(), actor.hallCode(), actor.windowCode());
  }

  private static List<String> roleNames(Actor actor) {
    return actor.roles().stream().map(Role::name).sorted().toList();
  }
}

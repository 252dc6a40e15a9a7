package org.servicewindow.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, for code that is not handed one by the web layer. */
public final class CurrentActor {

  private CurrentActor() {}

  public static Optional<Actor> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
      return Optional.of(actor);
    }
    return Optional.empty();
  }

  public static Actor require() {
    return get()
        .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no authenticated actor"));
  }
}

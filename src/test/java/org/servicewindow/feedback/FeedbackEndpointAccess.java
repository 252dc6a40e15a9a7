package org.servicewindow.feedback;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.servicewindow.EndpointAccess;

/**
 * Who gets past security on the feedback API. Rating is for citizens (no login) and evaluator devices:
 * any person's login, and any other device, is refused with 403 (staff never rate for the citizen).
 */
public class FeedbackEndpointAccess implements EndpointAccess {

  @Override
  public List<Rule> rules() {
    return List.of(
        of(POST, "/api/v1/evaluations", Rule.only(Who.ANONYMOUS, Who.EVALUATOR)),
        of(GET, "/api/v1/evaluator/screen", Rule.only(Who.EVALUATOR)),
        // public pages: the token is the credential; the facade refuses a signed-in staff member's rating
        of(GET, "/e/{token}", "/e/no-such-token", Who.EVERYONE),
        of(POST, "/e/{token}", "/e/no-such-token", Who.EVERYONE),
        of(GET, "/e/{token}/thanks", "/e/no-such-token/thanks", Who.EVERYONE),
        of(GET, "/evaluator", Who.EVERYONE));
  }
}

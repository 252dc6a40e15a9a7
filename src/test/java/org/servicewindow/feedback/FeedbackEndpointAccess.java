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
    String id = java.util.UUID.randomUUID().toString();
    java.util.Set<Who> readers = Rule.only(Who.STAFF, Who.HALL_MANAGER, Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER);
    java.util.Set<Who> statistics = Rule.only(Who.HALL_MANAGER, Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER);
    java.util.Set<Who> handlers = Rule.only(Who.STAFF, Who.HALL_MANAGER, Who.UNIT_ADMIN);
    return List.of(
        of(POST, "/api/v1/evaluations", Rule.only(Who.ANONYMOUS, Who.EVALUATOR)),
        of(GET, "/api/v1/evaluator/screen", Rule.only(Who.EVALUATOR)),
        of(GET, "/api/v1/evaluator/events", Rule.only(Who.EVALUATOR)),
        of(GET, "/api/v1/evaluations/export", Rule.only(Who.INSPECTOR, Who.SYSADMIN)),
        // public pages: the token is the credential; the facade refuses a signed-in staff member's rating
        of(GET, "/e/{token}", "/e/no-such-token", Who.EVERYONE),
        of(POST, "/e/{token}", "/e/no-such-token", Who.EVERYONE),
        of(GET, "/e/{token}/thanks", "/e/no-such-token/thanks", Who.EVERYONE),
        of(GET, "/evaluator", Who.EVERYONE),
        of(GET, "/feedback/ledger", readers),
        of(GET, "/feedback/ledger/{id}", "/feedback/ledger/" + id, readers),
        of(POST, "/feedback/ledger/{id}/verify", "/feedback/ledger/" + id + "/verify", handlers),
        of(POST, "/feedback/ledger/{id}/rectify", "/feedback/ledger/" + id + "/rectify", handlers),
        of(POST, "/feedback/ledger/{id}/rectified", "/feedback/ledger/" + id + "/rectified", handlers),
        of(POST, "/feedback/ledger/{id}/explain", "/feedback/ledger/" + id + "/explain", handlers),
        of(POST, "/feedback/ledger/{id}/callback", "/feedback/ledger/" + id + "/callback", handlers),
        of(POST, "/feedback/ledger/{id}/close", "/feedback/ledger/" + id + "/close", handlers),
        of(GET, "/feedback/appeals", readers),
        of(POST, "/feedback/appeals", "/feedback/appeals?evaluationId=" + id, Rule.only(Who.STAFF)),
        of(POST, "/feedback/appeals/{id}/decide", "/feedback/appeals/" + id + "/decide",
            Rule.only(Who.HALL_MANAGER, Who.INSPECTOR)),
        of(GET, "/feedback/statistics", statistics),
        of(GET, "/feedback/statistics/export", statistics),
        of(GET, "/public/evaluations", Who.EVERYONE),
        of(GET, "/complaints", Who.EVERYONE),
        of(POST, "/complaints", Who.EVERYONE),
        of(GET, "/feedback/complaints/new", handlers),
        of(GET, "/feedback/paper", handlers),
        of(POST, "/feedback/paper", handlers),
        of(POST, "/feedback/complaints", handlers),
        of(GET, "/feedback/ledger/alerts", readers),
        of(GET, "/feedback/complaints/inbox", Rule.only(Who.HALL_MANAGER, Who.INSPECTOR)),
        of(POST, "/feedback/complaints/{id}/assign", "/feedback/complaints/" + id + "/assign",
            Rule.only(Who.HALL_MANAGER, Who.INSPECTOR)),
        of(GET, "/feedback/ledger/{id}/attachments/{attachment}", "/feedback/ledger/" + id + "/attachments/" + id, readers));
  }
}

package org.servicewindow.prereview;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who gets past security on the pre-review's endpoints: the citizen's pages are open to everyone (the
 * phone code and the secret link are the proof); the review screens to the unit's staff, hall managers,
 * unit admins and leaders; acting to the workers; the hand-over to casework to the window.
 */
public class PreReviewEndpointAccess implements EndpointAccess {

  static final Set<Who> UNIT = Rule.only(Who.STAFF, Who.HALL_MANAGER, Who.UNIT_ADMIN, Who.LEADER);
  static final Set<Who> WORKERS = Rule.only(Who.STAFF, Who.HALL_MANAGER, Who.UNIT_ADMIN);

  @Override
  public List<Rule> rules() {
    String r = "/prereview/reviews/" + UUID.randomUUID();
    Set<Who> commitmentAdmins = Rule.only(Who.UNIT_ADMIN, Who.SYSADMIN);
    return List.of(
        of(GET, "/commitments", Who.EVERYONE),
        of(GET, "/appraisal/{token}", "/appraisal/no-such-campaign", Who.EVERYONE),
        of(GET, "/appraisal/{token}/thanks", "/appraisal/no-such-campaign/thanks", Who.EVERYONE),
        of(POST, "/appraisal/{token}", "/appraisal/no-such-campaign", Who.EVERYONE),
        of(POST, "/appraisal/{token}/code", "/appraisal/no-such-campaign/code", Who.EVERYONE),
        of(GET, "/admin/appraisals", Rule.only(Who.INSPECTOR, Who.LEADER, Who.UNIT_ADMIN, Who.SYSADMIN)),
        of(POST, "/admin/appraisals", Rule.only(Who.INSPECTOR, Who.SYSADMIN)),
        of(GET, "/admin/appraisals/{id}", "/admin/appraisals/" + UUID.randomUUID(),
            Rule.only(Who.INSPECTOR, Who.LEADER, Who.UNIT_ADMIN, Who.SYSADMIN)),
        of(GET, "/admin/commitments", commitmentAdmins),
        of(GET, "/admin/commitments/{kind}/{code}", "/admin/commitments/UNIT/NO-SUCH-UNIT", commitmentAdmins),
        of(POST, "/admin/commitments/{kind}/{code}", "/admin/commitments/UNIT/NO-SUCH-UNIT", commitmentAdmins),
        of(GET, "/prereview/start/{service}", "/prereview/start/NO-SUCH-ITEM", Who.EVERYONE),
        of(POST, "/prereview/start/{service}/code", "/prereview/start/NO-SUCH-ITEM/code?phone=13900000000", Who.EVERYONE),
        of(POST, "/prereview/start/{service}", "/prereview/start/NO-SUCH-ITEM", Who.EVERYONE),
        of(GET, "/prereview/s/{token}", "/prereview/s/no-such-token-000000000000", Who.EVERYONE),
        of(POST, "/prereview/s/{token}/files", "/prereview/s/no-such-token-000000000000/files", Who.EVERYONE),
        of(GET, "/prereview/reviews", UNIT),
        of(GET, "/prereview/reviews/{id}", r, UNIT),
        of(GET, "/prereview/reviews/{id}/files/{fileId}", r + "/files/" + UUID.randomUUID(), UNIT),
        of(POST, "/prereview/reviews/{id}/notice", r + "/notice", WORKERS),
        of(POST, "/prereview/reviews/{id}/complete", r + "/complete", WORKERS),
        of(POST, "/prereview/reviews/{id}/convert", r + "/convert", Rule.only(Who.STAFF, Who.HALL_MANAGER)));
  }
}

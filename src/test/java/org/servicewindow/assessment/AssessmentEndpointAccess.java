package org.servicewindow.assessment;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/** Who may call assessment's endpoints: readers in their scope, inspectors configure, leaders approve, all see honours. */
public class AssessmentEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final Set<Who> READERS = only(Who.LEADER, Who.INSPECTOR, Who.SYSADMIN, Who.UNIT_ADMIN, Who.HALL_MANAGER);
  private static final Set<Who> ADMINS = only(Who.INSPECTOR, Who.SYSADMIN);
  /** The JSON read API: the readers, and staff for their own scores. */
  private static final Set<Who> API_READERS = only(Who.LEADER, Who.INSPECTOR, Who.SYSADMIN, Who.UNIT_ADMIN,
      Who.HALL_MANAGER, Who.STAFF);
  private static final Set<Who> HONOUR_READERS = only(Who.LEADER, Who.INSPECTOR, Who.SYSADMIN);

  @Override
  public List<Rule> rules() {
    return List.of(
        of(GET, "/assessment", READERS),
        of(GET, "/assessment/warnings", READERS),
        of(GET, "/assessment/scores/{id}", "/assessment/scores/" + ID, READERS),
        of(GET, "/assessment/scores/{id}/lines/{line}", "/assessment/scores/" + ID + "/lines/" + ID, READERS),
        of(GET, "/assessment/periods", ADMINS),
        of(POST, "/assessment/periods/compute", ADMINS),
        of(POST, "/assessment/periods/{id}/recompute", "/assessment/periods/" + ID + "/recompute", ADMINS),
        of(POST, "/assessment/periods/{id}/freeze", "/assessment/periods/" + ID + "/freeze", ADMINS),
        of(POST, "/assessment/periods/{id}/honours", "/assessment/periods/" + ID + "/honours", ADMINS),
        of(GET, "/assessment/schemes", ADMINS),
        of(GET, "/assessment/schemes/{id}", "/assessment/schemes/" + ID, ADMINS),
        of(POST, "/assessment/schemes", ADMINS),
        of(GET, "/assessment/honours", HONOUR_READERS),
        of(GET, "/assessment/honours/{id}", "/assessment/honours/" + ID, HONOUR_READERS),
        of(POST, "/assessment/honours/{id}/decision", "/assessment/honours/" + ID + "/decision", only(Who.LEADER)),
        of(GET, "/honours", Who.EVERYONE),
        of(GET, "/api/v1/assessment/periods", API_READERS),
        of(GET, "/api/v1/assessment/periods/{id}/scores", "/api/v1/assessment/periods/" + ID + "/scores", API_READERS),
        of(GET, "/api/v1/assessment/periods/{id}/rankings", "/api/v1/assessment/periods/" + ID + "/rankings",
            API_READERS),
        of(GET, "/api/v1/assessment/scores/{id}", "/api/v1/assessment/scores/" + ID, API_READERS),
        of(GET, "/api/v1/assessment/scores/{id}/lines/{line}/records",
            "/api/v1/assessment/scores/" + ID + "/lines/" + ID + "/records", API_READERS));
  }
}

package org.servicewindow.casework;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who gets past security on casework's endpoints: staff, hall managers and unit admins work on
 * applications; inspectors and leaders also read them; only leaders decide extensions and escalations.
 * Unknown ids answer 404 to everyone let through; the verification page is public.
 */
public class CaseworkEndpointAccess implements EndpointAccess {

  static final Set<Who> WORKERS = Rule.only(Who.STAFF, Who.HALL_MANAGER, Who.UNIT_ADMIN);
  static final Set<Who> READERS = Rule.only(Who.STAFF, Who.HALL_MANAGER, Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER);
  static final Set<Who> INTAKE = Rule.only(Who.STAFF, Who.HALL_MANAGER);
  static final Set<Who> LEADER = Rule.only(Who.LEADER);

  @Override
  public List<Rule> rules() {
    String app = "/api/v1/applications/" + UUID.randomUUID();
    List<Rule> rules = new ArrayList<>(List.of(
        of(POST, "/api/v1/applications", WORKERS),
        of(GET, "/api/v1/applications", READERS),
        of(POST, "/api/v1/applications/matters", INTAKE),
        of(GET, "/api/v1/applications/{id}", app, READERS),
        of(POST, "/api/v1/applications/{id}/materials", app + "/materials", WORKERS),
        of(POST, "/api/v1/applications/{id}/materials/{code}/defective", app + "/materials/X/defective", WORKERS),
        of(POST, "/api/v1/applications/{id}/supplement-notice", app + "/supplement-notice", WORKERS),
        of(POST, "/api/v1/applications/{id}/accept", app + "/accept", WORKERS),
        of(POST, "/api/v1/applications/{id}/reject", app + "/reject", WORKERS),
        of(POST, "/api/v1/applications/{id}/pause", app + "/pause", WORKERS),
        of(POST, "/api/v1/applications/{id}/resume", app + "/resume", WORKERS),
        of(POST, "/api/v1/applications/{id}/extensions", app + "/extensions", WORKERS),
        of(POST, "/api/v1/applications/{id}/extensions/{extensionId}/decision",
            app + "/extensions/" + UUID.randomUUID() + "/decision", LEADER),
        of(POST, "/api/v1/applications/{id}/complete", app + "/complete", WORKERS),
        of(POST, "/api/v1/applications/{id}/deliver", app + "/deliver", WORKERS)));
    rules.addAll(CaseworkPageAccess.rules());
    return rules;
  }
}

package org.servicewindow.supervision;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/** Who may call supervision's endpoints: readers see their scope, unit admins and inspectors inspect. */
public class SupervisionEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final Set<Who> READERS = only(Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER, Who.SYSADMIN);
  private static final Set<Who> INSPECTING = only(Who.UNIT_ADMIN, Who.INSPECTOR);

  @Override
  public List<Rule> rules() {
    return List.of(
        of(GET, "/supervision/inspections", READERS),
        of(GET, "/supervision/inspections/new", INSPECTING),
        of(POST, "/supervision/inspections", INSPECTING),
        of(GET, "/supervision/inspections/{id}", "/supervision/inspections/" + ID, READERS),
        of(GET, "/supervision/orders", READERS),
        of(GET, "/supervision/orders/{id}", "/supervision/orders/" + ID, READERS),
        of(POST, "/supervision/orders/{id}/evidence", "/supervision/orders/" + ID + "/evidence", only(Who.UNIT_ADMIN)),
        of(POST, "/supervision/orders/{id}/recheck", "/supervision/orders/" + ID + "/recheck", INSPECTING));
  }
}

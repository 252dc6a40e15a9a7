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
        of(POST, "/supervision/inspections/{id}/photos", "/supervision/inspections/" + ID + "/photos", INSPECTING),
        of(GET, "/supervision/photos/{id}", "/supervision/photos/" + ID, READERS),
        of(GET, "/supervision/findings", READERS),
        of(POST, "/supervision/findings/detect", only(Who.INSPECTOR)),
        of(GET, "/supervision/findings/{id}", "/supervision/findings/" + ID, READERS),
        of(POST, "/supervision/findings/{id}/orders", "/supervision/findings/" + ID + "/orders", only(Who.INSPECTOR)),
        of(POST, "/supervision/findings/{id}/accountability", "/supervision/findings/" + ID + "/accountability",
            only(Who.INSPECTOR)),
        of(POST, "/supervision/orders/{id}/accountability", "/supervision/orders/" + ID + "/accountability",
            only(Who.INSPECTOR)),
        of(GET, "/supervision/units/{unitCode}", "/supervision/units/BJXZSPJ", READERS),
        of(GET, "/supervision/staff/{staffId}", "/supervision/staff/" + ID, READERS),
        of(GET, "/supervision/circulars", READERS),
        of(GET, "/supervision/circulars/new", only(Who.INSPECTOR)),
        of(POST, "/supervision/circulars", only(Who.INSPECTOR)),
        of(GET, "/supervision/circulars/{id}", "/supervision/circulars/" + ID, READERS),
        of(GET, "/public/circulars/{id}", "/public/circulars/" + ID, Who.EVERYONE),
        of(GET, "/supervision/plans", READERS),
        of(GET, "/supervision/plans/new", INSPECTING),
        of(POST, "/supervision/plans", INSPECTING),
        of(GET, "/supervision/plans/{id}", "/supervision/plans/" + ID, READERS),
        of(GET, "/supervision/checklist", only(Who.INSPECTOR, Who.SYSADMIN)),
        of(POST, "/supervision/checklist", only(Who.INSPECTOR, Who.SYSADMIN)),
        of(POST, "/supervision/checklist/{code}", "/supervision/checklist/DISCIPLINE", only(Who.INSPECTOR, Who.SYSADMIN)),
        of(GET, "/supervision/orders", READERS),
        of(GET, "/supervision/orders/{id}", "/supervision/orders/" + ID, READERS),
        of(POST, "/supervision/orders/{id}/evidence", "/supervision/orders/" + ID + "/evidence", only(Who.UNIT_ADMIN)),
        of(POST, "/supervision/orders/{id}/recheck", "/supervision/orders/" + ID + "/recheck", INSPECTING));
  }
}

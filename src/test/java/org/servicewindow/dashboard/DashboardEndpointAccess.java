package org.servicewindow.dashboard;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import org.servicewindow.EndpointAccess;

/**
 * Who may call the dashboard: the cockpit and its exports for leaders, inspectors, unit admins and hall
 * managers; the live hall view for hall managers, leaders and inspectors; the public screen for everyone;
 * the rollup rebuild for the platform operator.
 */
public class DashboardEndpointAccess implements EndpointAccess {

  static final String JOB = "/dashboard/exports/00000000-0000-7000-8000-000000000001";

  @Override
  public List<Rule> rules() {
    Set<Who> cockpit = only(Who.LEADER, Who.INSPECTOR, Who.UNIT_ADMIN, Who.HALL_MANAGER);
    Set<Who> live = only(Who.HALL_MANAGER, Who.LEADER, Who.INSPECTOR);
    return List.of(
        of(GET, "/dashboard", cockpit),
        of(GET, "/dashboard/export", cockpit),
        of(GET, "/dashboard/report", cockpit),
        of(POST, "/dashboard/exports", cockpit),
        of(GET, "/dashboard/exports", cockpit),
        of(GET, "/dashboard/exports/{id}", JOB, cockpit),
        of(GET, "/dashboard/exports/{id}/download", JOB + "/download", cockpit),
        of(GET, "/dashboard/live", live),
        of(GET, "/dashboard/halls/{hall}/live", "/dashboard/halls/BJZWFW/live", live),
        of(GET, "/dashboard/halls/{hall}/live/stream", "/dashboard/halls/NOSUCHHALL/live/stream", live),
        of(GET, "/dashboard/rollups", only(Who.SYSADMIN)),
        of(POST, "/dashboard/rollups/rebuild", "/dashboard/rollups/rebuild", only(Who.SYSADMIN)),
        of(GET, "/public/screens", Who.EVERYONE),
        of(GET, "/public/halls/{hall}/screen", "/public/halls/BJZWFW/screen", Who.EVERYONE),
        of(GET, "/public/halls/{hall}/screen/stream", "/public/halls/NOSUCHHALL/screen/stream", Who.EVERYONE));
  }
}

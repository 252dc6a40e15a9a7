package org.servicewindow.organization;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/** Who may call the organization's endpoints: readers see their scope, managers write it, citizens see public pages. */
public class OrganizationEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final Set<Who> READERS = only(Who.SYSADMIN, Who.UNIT_ADMIN, Who.HALL_MANAGER, Who.INSPECTOR, Who.LEADER);
  private static final Set<Who> MANAGERS = only(Who.SYSADMIN, Who.UNIT_ADMIN, Who.HALL_MANAGER);
  private static final Set<Who> UNIT_MANAGERS = only(Who.SYSADMIN, Who.UNIT_ADMIN);
  private static final Set<Who> AUTHENTICATED = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

  @Override
  public List<Rule> rules() {
    return List.of(
        of(GET, "/admin/units", READERS),
        of(GET, "/admin/units/new", UNIT_MANAGERS),
        of(POST, "/admin/units", UNIT_MANAGERS),
        of(GET, "/admin/units/{code}", "/admin/units/NOSUCHUNIT", READERS),
        of(POST, "/admin/units/{code}", "/admin/units/NOSUCHUNIT", UNIT_MANAGERS),
        of(POST, "/admin/units/{code}/delete", "/admin/units/NOSUCHUNIT/delete", UNIT_MANAGERS),
        of(GET, "/admin/halls", READERS),
        of(GET, "/admin/halls/new", UNIT_MANAGERS),
        of(POST, "/admin/halls", UNIT_MANAGERS),
        of(GET, "/admin/halls/{code}", "/admin/halls/BJZWFW", READERS),
        of(GET, "/admin/halls/{code}/edit", "/admin/halls/NOSUCHHALL/edit", MANAGERS),
        of(POST, "/admin/halls/{code}", "/admin/halls/NOSUCHHALL", MANAGERS),
        of(POST, "/admin/halls/{code}/delete", "/admin/halls/NOSUCHHALL/delete", UNIT_MANAGERS),
        of(GET, "/admin/windows", READERS),
        of(GET, "/admin/windows/new", MANAGERS),
        of(POST, "/admin/windows", MANAGERS),
        of(GET, "/admin/windows/{code}", "/admin/windows/NOSUCH-01", READERS),
        of(POST, "/admin/windows/{code}", "/admin/windows/NOSUCH-01", MANAGERS),
        of(POST, "/admin/windows/{code}/delete", "/admin/windows/NOSUCH-01/delete", MANAGERS),
        of(GET, "/admin/staff", READERS),
        of(GET, "/admin/staff/new", MANAGERS),
        of(POST, "/admin/staff", MANAGERS),
        of(GET, "/admin/staff/{id}", "/admin/staff/" + ID, READERS),
        of(POST, "/admin/staff/{id}", "/admin/staff/" + ID, MANAGERS),
        of(POST, "/admin/staff/{id}/active", "/admin/staff/" + ID + "/active", MANAGERS),
        of(GET, "/admin/staff/{id}/photo", "/admin/staff/" + ID + "/photo", READERS),
        of(POST, "/admin/staff/{id}/photo", "/admin/staff/" + ID + "/photo", MANAGERS),
        of(POST, "/admin/staff/{id}/photo/delete", "/admin/staff/" + ID + "/photo/delete", MANAGERS),
        of(GET, "/admin/staff/{id}/desk-card", "/admin/staff/" + ID + "/desk-card", READERS),
        of(GET, "/admin/staff/{id}/badge", "/admin/staff/" + ID + "/badge", READERS),
        of(GET, "/admin/backup-posts", READERS),
        of(GET, "/admin/backup-posts/new", MANAGERS),
        of(POST, "/admin/backup-posts", MANAGERS),
        of(GET, "/admin/backup-posts/{id}", "/admin/backup-posts/" + ID, READERS),
        of(POST, "/admin/backup-posts/{id}", "/admin/backup-posts/" + ID, MANAGERS),
        of(POST, "/admin/backup-posts/{id}/delete", "/admin/backup-posts/" + ID + "/delete", MANAGERS),
        of(GET, "/admin/absences", READERS),
        of(GET, "/admin/absences/new", MANAGERS),
        of(POST, "/admin/absences", MANAGERS),
        of(GET, "/admin/absences/{id}", "/admin/absences/" + ID, READERS),
        of(POST, "/admin/absences/{id}/handover", "/admin/absences/" + ID + "/handover", MANAGERS),
        of(POST, "/admin/absences/{id}/cancel", "/admin/absences/" + ID + "/cancel", MANAGERS),
        of(GET, "/admin/roster", READERS),
        of(POST, "/admin/roster", MANAGERS),
        of(POST, "/admin/roster/fill", MANAGERS),
        of(GET, "/admin/organization/import", MANAGERS),
        of(POST, "/admin/organization/import", MANAGERS),
        of(GET, "/admin/organization/import/{id}", "/admin/organization/import/" + ID, MANAGERS),
        of(GET, "/admin/organization/import/template/{kind}", "/admin/organization/import/template/STAFF", MANAGERS),
        of(GET, "/public/staff", Who.EVERYONE),
        of(GET, "/public/staff/{staffNumber}", "/public/staff/BJ10001", Who.EVERYONE),
        of(GET, "/public/staff/{staffNumber}/photo", "/public/staff/BJ10001/photo", Who.EVERYONE),
        of(GET, "/public/staff/{staffNumber}/qr.png", "/public/staff/BJ10001/qr.png", Who.EVERYONE),
        of(GET, "/api/v1/halls", Who.EVERYONE),
        of(GET, "/api/v1/halls/{hall}/windows", "/api/v1/halls/BJZWFW/windows", AUTHENTICATED),
        of(GET, "/api/v1/windows/{window}", "/api/v1/windows/BJZWFW-01", AUTHENTICATED));
  }
}

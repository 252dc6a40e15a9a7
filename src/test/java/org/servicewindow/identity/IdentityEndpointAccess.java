package org.servicewindow.identity;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/** Who may call the shell's and identity's endpoints. */
public class IdentityEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final Set<Who> ALL_PEOPLE = Who.PEOPLE;
  private static final Set<Who> AUTHENTICATED_API = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

  @Override
  public List<Rule> rules() {
    Set<Who> sysadmin = only(Who.SYSADMIN);
    Set<Who> deviceAdmins = only(Who.SYSADMIN, Who.HALL_MANAGER);
    Set<Who> auditReaders = only(Who.SYSADMIN, Who.INSPECTOR, Who.UNIT_ADMIN, Who.HALL_MANAGER);
    return List.of(
        of(GET, "/", Who.EVERYONE),
        of(GET, "/login", Who.EVERYONE),
        of(GET, "/account/password", ALL_PEOPLE),
        of(POST, "/account/password", ALL_PEOPLE),
        of(GET, "/admin/users", sysadmin),
        of(POST, "/admin/users", sysadmin),
        of(GET, "/admin/users/new", sysadmin),
        of(GET, "/admin/users/{id}", "/admin/users/" + ID, sysadmin),
        of(POST, "/admin/users/{id}", "/admin/users/" + ID, sysadmin),
        of(POST, "/admin/users/{id}/lock", "/admin/users/" + ID + "/lock", sysadmin),
        of(POST, "/admin/users/{id}/unlock", "/admin/users/" + ID + "/unlock", sysadmin),
        of(POST, "/admin/users/{id}/reset-password", "/admin/users/" + ID + "/reset-password", sysadmin),
        of(GET, "/admin/devices", deviceAdmins),
        of(POST, "/admin/devices", deviceAdmins),
        of(GET, "/admin/devices/new", deviceAdmins),
        of(POST, "/admin/devices/{id}/revoke", "/admin/devices/" + ID + "/revoke", deviceAdmins),
        of(GET, "/admin/audit", auditReaders),
        of(GET, "/admin/audit/export.csv", auditReaders),
        of(POST, "/api/v1/auth/token", Who.EVERYONE),
        of(DELETE, "/api/v1/auth/token", AUTHENTICATED_API),
        of(GET, "/api/v1/me", AUTHENTICATED_API));
  }
}

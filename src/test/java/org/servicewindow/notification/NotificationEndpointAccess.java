package org.servicewindow.notification;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/** Who may call the notification module's endpoints. */
public class NotificationEndpointAccess implements EndpointAccess {

  @Override
  public List<Rule> rules() {
    String id = UUID.randomUUID().toString();
    return List.of(
        of(GET, "/admin/notifications", only(Who.SYSADMIN)),
        of(GET, "/admin/notifications/{id}", "/admin/notifications/" + id, only(Who.SYSADMIN)),
        of(POST, "/admin/notifications/{id}/retry", "/admin/notifications/" + id + "/retry", only(Who.SYSADMIN)),
        of(POST, "/admin/notifications/test", only(Who.SYSADMIN)));
  }
}

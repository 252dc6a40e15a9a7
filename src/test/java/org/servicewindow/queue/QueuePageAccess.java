package org.servicewindow.queue;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who gets past security on the queue's pages: kiosk, board, status and appointment pages are public; the
 * console is for staff at a window ({@code staff01}); administration for the hall's manager and the
 * operator; statistics for managers, unit admins, inspectors and leaders. Devices never use the pages
 * with their tokens (the kiosk page calls the API).
 */
public class QueuePageAccess implements EndpointAccess {

  @Override
  public List<Rule> rules() {
    String id = UUID.randomUUID().toString();
    Set<Who> staff = Rule.only(Who.STAFF);
    Set<Who> admins = Rule.only(Who.HALL_MANAGER, Who.SYSADMIN);
    Set<Who> readers = Rule.only(Who.HALL_MANAGER, Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER);
    String admin = "/admin/queue/BJZWFW";
    return List.of(
        of(GET, "/kiosk/{hall}", "/kiosk/BJZWFW", Who.EVERYONE),
        of(GET, "/kiosk/{hall}/tickets/{id}", "/kiosk/BJZWFW/tickets/" + id, Who.EVERYONE),
        of(GET, "/board/{hall}", "/board/BJZWFW", Who.EVERYONE),
        of(GET, "/q/{id}", "/q/" + id, Who.EVERYONE),
        of(POST, "/q/{id}/cancel", "/q/" + id + "/cancel", Who.EVERYONE),
        of(GET, "/appointments", Who.EVERYONE),
        of(GET, "/appointments/halls/{hall}", "/appointments/halls/BJZWFW", Who.EVERYONE),
        of(GET, "/appointments/halls/{hall}/services/{service}", "/appointments/halls/BJZWFW/services/NOSUCH", Who.EVERYONE),
        of(POST, "/appointments/slots/{slot}", "/appointments/slots/" + id, Who.EVERYONE),
        of(GET, "/appointments/{id}", "/appointments/" + id, Who.EVERYONE),
        of(POST, "/appointments/{id}/cancel", "/appointments/" + id + "/cancel", Who.EVERYONE),
        of(POST, "/api/v1/halls/{hall}/appointments/check-in", "/api/v1/halls/BJZWFW/appointments/check-in",
            Rule.only(Who.KIOSK, Who.STAFF, Who.HALL_MANAGER)),
        of(GET, "/console", staff),
        of(POST, "/console/call-next", "/console/call-next", staff),
        of(POST, "/console/pause", "/console/pause", staff),
        of(POST, "/console/resume", "/console/resume", staff),
        of(POST, "/console/sign-in", "/console/sign-in", staff),
        of(POST, "/console/sign-out", "/console/sign-out", staff),
        of(POST, "/console/tickets/{id}/recall", "/console/tickets/" + id + "/recall", staff),
        of(POST, "/console/tickets/{id}/start", "/console/tickets/" + id + "/start", staff),
        of(POST, "/console/tickets/{id}/complete", "/console/tickets/" + id + "/complete", staff),
        of(POST, "/console/tickets/{id}/no-show", "/console/tickets/" + id + "/no-show", staff),
        of(POST, "/console/tickets/{id}/requeue", "/console/tickets/" + id + "/requeue", staff),
        of(POST, "/console/tickets/{id}/transfer", "/console/tickets/" + id + "/transfer", staff),
        of(GET, "/admin/queue", admins),
        of(GET, "/admin/queue/{hall}", admin, admins),
        of(POST, "/admin/queue/{hall}/settings", admin + "/settings", admins),
        of(GET, "/admin/queue/{hall}/services/new", admin + "/services/new", admins),
        of(POST, "/admin/queue/{hall}/services", admin + "/services", admins),
        of(GET, "/admin/queue/{hall}/services/{code}", admin + "/services/NOSUCH", admins),
        of(POST, "/admin/queue/{hall}/services/{code}", admin + "/services/NOSUCH", admins),
        of(GET, "/admin/queue/{hall}/slots", admin + "/slots", admins),
        of(POST, "/admin/queue/{hall}/slots", admin + "/slots", admins),
        of(POST, "/admin/queue/{hall}/slots/{id}/capacity", admin + "/slots/" + id + "/capacity", admins),
        of(POST, "/admin/queue/{hall}/slots/{id}/delete", admin + "/slots/" + id + "/delete", admins),
        of(GET, "/admin/queue/{hall}/appointments", admin + "/appointments", admins),
        of(GET, "/queue/statistics", readers),
        of(GET, "/queue/statistics/export", readers));
  }
}

package org.servicewindow.queue;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who gets past security on the queue's endpoints. Window operations are the operator's only: the staff
 * member signed in to window BJZWFW-01 ({@code staff01}) or its caller pad; everyone else authenticated is
 * refused by the queue itself (403). Ticket operations on an unknown ticket answer 404 to any login.
 */
public class QueueEndpointAccess implements EndpointAccess {

  @Override
  public List<Rule> rules() {
    String ticket = "/api/v1/tickets/" + UUID.randomUUID();
    Set<Who> authenticated = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    Set<Who> operators = Rule.only(Who.STAFF, Who.CALLER);
    return List.of(
        of(GET, "/api/v1/halls/{hall}/services", "/api/v1/halls/BJZWFW/services", Who.EVERYONE),
        of(GET, "/api/v1/halls/{hall}/board", "/api/v1/halls/BJZWFW/board", Who.EVERYONE),
        of(GET, "/api/v1/halls/{hall}/events", "/api/v1/halls/BJZWFW/events", Who.EVERYONE),
        of(POST, "/api/v1/halls/{hall}/tickets", "/api/v1/halls/BJZWFW/tickets", Who.EVERYONE),
        of(GET, "/api/v1/tickets/{id}", ticket, Who.EVERYONE),
        of(POST, "/api/v1/tickets/{id}/cancel", ticket + "/cancel", Who.EVERYONE),
        of(POST, "/api/v1/windows/{window}/call-next", "/api/v1/windows/BJZWFW-01/call-next", operators),
        of(POST, "/api/v1/windows/{window}/pause", "/api/v1/windows/BJZWFW-01/pause", operators),
        of(POST, "/api/v1/windows/{window}/resume", "/api/v1/windows/BJZWFW-01/resume", operators),
        of(POST, "/api/v1/windows/{window}/sign-in", "/api/v1/windows/BJZWFW-01/sign-in", operators),
        of(POST, "/api/v1/windows/{window}/sign-out", "/api/v1/windows/BJZWFW-01/sign-out", operators),
        of(POST, "/api/v1/tickets/{id}/recall", ticket + "/recall", authenticated),
        of(POST, "/api/v1/tickets/{id}/start", ticket + "/start", authenticated),
        of(POST, "/api/v1/tickets/{id}/no-show", ticket + "/no-show", authenticated),
        of(POST, "/api/v1/tickets/{id}/complete", ticket + "/complete", authenticated),
        of(POST, "/api/v1/tickets/{id}/transfer", ticket + "/transfer", authenticated),
        of(POST, "/api/v1/tickets/{id}/requeue", ticket + "/requeue", authenticated));
  }
}

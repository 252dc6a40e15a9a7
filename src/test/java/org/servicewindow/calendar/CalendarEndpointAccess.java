package org.servicewindow.calendar;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import org.servicewindow.EndpointAccess;

/** Who may call the calendar's endpoints: the API is public, the arrangements are the operator's. */
public class CalendarEndpointAccess implements EndpointAccess {

  @Override
  public List<Rule> rules() {
    Set<Who> sysadmin = only(Who.SYSADMIN);
    return List.of(
        of(GET, "/api/v1/calendar/days/{date}", "/api/v1/calendar/days/2026-10-01", Who.EVERYONE),
        of(GET, "/api/v1/calendar/working-days/add", "/api/v1/calendar/working-days/add?date=2026-09-30&days=1",
            Who.EVERYONE),
        of(GET, "/api/v1/calendar/working-days/count",
            "/api/v1/calendar/working-days/count?from=2026-09-30&to=2026-10-09", Who.EVERYONE),
        of(GET, "/admin/calendar", sysadmin),
        of(GET, "/admin/calendar/arrangements/new", sysadmin),
        of(POST, "/admin/calendar/arrangements/preview", sysadmin),
        of(POST, "/admin/calendar/arrangements", sysadmin));
  }
}

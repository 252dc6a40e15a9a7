package org.servicewindow.training;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who may call training's endpoints: unit admins organize, leaders decide nominations, readers (unit admins,
 * leaders, inspectors, the operator) see their scope, staff take part; the honour roll is public.
 */
public class TrainingEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final Set<Who> READERS = only(Who.UNIT_ADMIN, Who.LEADER, Who.INSPECTOR, Who.SYSADMIN);
  private static final Set<Who> ORGANIZERS = only(Who.UNIT_ADMIN);
  private static final Set<Who> STAFF = only(Who.STAFF);

  @Override
  public List<Rule> rules() {
    return List.of(
        of(GET, "/admin/training/plans", READERS),
        of(GET, "/admin/training/plans/new", ORGANIZERS),
        of(POST, "/admin/training/plans", ORGANIZERS),
        of(GET, "/admin/training/plans/{id}", "/admin/training/plans/" + ID, READERS),
        of(GET, "/admin/training/plans/{id}/sessions/new", "/admin/training/plans/" + ID + "/sessions/new", ORGANIZERS),
        of(POST, "/admin/training/plans/{id}/sessions", "/admin/training/plans/" + ID + "/sessions", ORGANIZERS),
        of(GET, "/admin/training/sessions/{id}", "/admin/training/sessions/" + ID, READERS),
        of(GET, "/admin/training/sessions/{id}/qr.png", "/admin/training/sessions/" + ID + "/qr.png", ORGANIZERS),
        of(POST, "/admin/training/sessions/{id}/attendance", "/admin/training/sessions/" + ID + "/attendance", ORGANIZERS),
        of(POST, "/admin/training/sessions/{id}/materials", "/admin/training/sessions/" + ID + "/materials", ORGANIZERS),
        of(GET, "/admin/training/staff", READERS),
        of(GET, "/admin/training/staff/{staffId}", "/admin/training/staff/" + ID, READERS),
        of(GET, "/admin/training/questions", READERS),
        of(GET, "/admin/training/questions/new", ORGANIZERS),
        of(POST, "/admin/training/questions", ORGANIZERS),
        of(GET, "/admin/training/questions/{id}/edit", "/admin/training/questions/" + ID + "/edit", ORGANIZERS),
        of(POST, "/admin/training/questions/{id}", "/admin/training/questions/" + ID, ORGANIZERS),
        of(POST, "/admin/training/questions/{id}/active", "/admin/training/questions/" + ID + "/active", ORGANIZERS),
        of(GET, "/admin/training/quizzes", READERS),
        of(GET, "/admin/training/quizzes/new", ORGANIZERS),
        of(POST, "/admin/training/quizzes", ORGANIZERS),
        of(GET, "/admin/training/quizzes/{id}", "/admin/training/quizzes/" + ID, READERS),
        of(GET, "/admin/training/nominations", READERS),
        of(GET, "/admin/training/nominations/new", ORGANIZERS),
        of(POST, "/admin/training/nominations", ORGANIZERS),
        of(POST, "/admin/training/nominations/{id}/approve", "/admin/training/nominations/" + ID + "/approve",
            only(Who.LEADER)),
        of(POST, "/admin/training/nominations/{id}/reject", "/admin/training/nominations/" + ID + "/reject",
            only(Who.LEADER)),
        of(POST, "/admin/training/nominations/{id}/publish", "/admin/training/nominations/" + ID + "/publish",
            only(Who.UNIT_ADMIN, Who.LEADER)),
        of(GET, "/public/honours", Who.EVERYONE),
        of(GET, "/training/mine", STAFF),
        of(GET, "/training/record", STAFF),
        of(GET, "/training/sign-in/{id}", "/training/sign-in/" + ID, STAFF),
        of(POST, "/training/sign-in/{id}", "/training/sign-in/" + ID, STAFF),
        of(GET, "/training/quizzes/{id}", "/training/quizzes/" + ID, STAFF),
        of(POST, "/training/quizzes/{id}/start", "/training/quizzes/" + ID + "/start", STAFF),
        of(GET, "/training/attempts/{id}", "/training/attempts/" + ID, STAFF),
        of(POST, "/training/attempts/{id}", "/training/attempts/" + ID, STAFF),
        of(GET, "/training/sessions/{sessionId}/materials/{id}", "/training/sessions/" + ID + "/materials/" + ID,
            only(Who.STAFF, Who.UNIT_ADMIN, Who.LEADER, Who.INSPECTOR, Who.SYSADMIN)));
  }
}

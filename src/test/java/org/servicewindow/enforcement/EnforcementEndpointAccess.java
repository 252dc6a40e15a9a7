package org.servicewindow.enforcement;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.EndpointAccess;

/**
 * Who may call enforcement's endpoints. Officers (ENFORCEMENT_OFFICER) and legal reviewers
 * (LEGAL_REVIEWER) are not among the matrix's actors; their grants are proven in the module's own tests.
 * Of the matrix's actors: unit admins work cases and publish, inspectors and leaders read and oversee,
 * nobody else gets in; everyone reads what is published.
 */
public class EnforcementEndpointAccess implements EndpointAccess {

  private static final String ID = UUID.randomUUID().toString();
  private static final String CASE = "/enforcement/cases/" + ID;
  private static final String API_CASE = "/api/v1/enforcement/cases/" + ID;
  private static final Set<Who> READERS = only(Who.UNIT_ADMIN, Who.INSPECTOR, Who.LEADER, Who.OFFICER, Who.REVIEWER);
  private static final Set<Who> WORKERS = only(Who.UNIT_ADMIN, Who.OFFICER);
  private static final Set<Who> REVIEWERS = only(Who.REVIEWER);
  private static final Set<Who> PUBLISHERS = only(Who.UNIT_ADMIN);
  private static final Set<Who> SUPERVISORS = only(Who.INSPECTOR, Who.LEADER);

  @Override
  public List<Rule> rules() {
    return List.of(
        of(GET, "/enforcement/cases", READERS),
        of(GET, "/enforcement/cases/new", WORKERS),
        of(POST, "/enforcement/cases", WORKERS),
        of(GET, "/enforcement/cases/{id}", CASE, READERS),
        of(GET, "/enforcement/cases/{id}/verify", CASE + "/verify", READERS),
        of(GET, "/enforcement/cases/{id}/files/{seq}", CASE + "/files/2", READERS),
        of(POST, "/enforcement/cases/{id}/proposal", CASE + "/proposal", WORKERS),
        of(POST, "/enforcement/cases/{id}/advance", CASE + "/advance", WORKERS),
        of(POST, "/enforcement/cases/{id}/documents", CASE + "/documents", WORKERS),
        of(POST, "/enforcement/cases/{id}/corrections", CASE + "/corrections", WORKERS),
        of(POST, "/enforcement/cases/{id}/files", CASE + "/files", WORKERS),
        of(POST, "/enforcement/cases/{id}/decision", CASE + "/decision", WORKERS),
        of(POST, "/enforcement/cases/{id}/revoke", CASE + "/revoke", WORKERS),
        of(POST, "/enforcement/cases/{id}/review", CASE + "/review", REVIEWERS),
        of(GET, "/enforcement/reviews", REVIEWERS),
        of(GET, "/enforcement/publications", PUBLISHERS),
        of(POST, "/enforcement/publications/{id}/publish", "/enforcement/publications/" + ID + "/publish", PUBLISHERS),
        of(GET, "/enforcement/disclosures", PUBLISHERS),
        of(POST, "/enforcement/disclosures/officers", PUBLISHERS),
        of(POST, "/enforcement/disclosures/discretion", PUBLISHERS),
        of(POST, "/enforcement/disclosures/items", PUBLISHERS),
        of(GET, "/enforcement/supervision", SUPERVISORS),
        of(GET, "/enforcement/verification", READERS),
        of(GET, "/api/v1/enforcement/verifications", READERS),
        of(GET, "/public/enforcement", Who.EVERYONE),
        of(GET, "/public/enforcement/decisions/{id}", "/public/enforcement/decisions/" + ID, Who.EVERYONE),
        of(GET, "/public/enforcement/units/{code}", "/public/enforcement/units/BJCGZFJ", Who.EVERYONE),
        of(GET, "/api/v1/enforcement/cases", READERS),
        of(POST, "/api/v1/enforcement/cases", WORKERS),
        of(GET, "/api/v1/enforcement/cases/{id}", API_CASE, READERS),
        of(POST, "/api/v1/enforcement/cases/{id}/proposal", API_CASE + "/proposal", WORKERS),
        of(POST, "/api/v1/enforcement/cases/{id}/advance", API_CASE + "/advance", WORKERS),
        of(POST, "/api/v1/enforcement/cases/{id}/documents", API_CASE + "/documents", WORKERS),
        of(POST, "/api/v1/enforcement/cases/{id}/files", API_CASE + "/files?name=x", WORKERS),
        of(POST, "/api/v1/enforcement/cases/{id}/corrections", API_CASE + "/corrections", WORKERS),
        of(POST, "/api/v1/enforcement/cases/{id}/review", API_CASE + "/review", REVIEWERS),
        of(POST, "/api/v1/enforcement/cases/{id}/decision", API_CASE + "/decision", WORKERS),
        of(POST, "/api/v1/enforcement/cases/{id}/revoke", API_CASE + "/revoke", WORKERS),
        of(GET, "/api/v1/enforcement/cases/{id}/record", API_CASE + "/record", READERS),
        of(GET, "/api/v1/enforcement/cases/{id}/verification", API_CASE + "/verification", READERS),
        of(GET, "/api/v1/enforcement/publications", Who.EVERYONE),
        of(GET, "/api/v1/enforcement/publications/{id}", "/api/v1/enforcement/publications/" + ID, Who.EVERYONE),
        of(GET, "/api/v1/enforcement/overdue-publications", SUPERVISORS));
  }
}

package org.servicewindow.campaign;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.servicewindow.EndpointAccess.Rule.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import org.servicewindow.EndpointAccess;

/**
 * Who may call the campaign's pages: the lead office (INSPECTOR) sets up, reviews and evaluates; unit
 * admins read and hand in their own unit's deliverables; leaders read; nobody else.
 */
public class CampaignEndpointAccess implements EndpointAccess {

  static final String C = "/campaigns/00000000-0000-7000-8000-000000000001";
  static final String D = "00000000-0000-7000-8000-000000000002";

  @Override
  public List<Rule> rules() {
    Set<Who> readers = only(Who.INSPECTOR, Who.LEADER, Who.UNIT_ADMIN);
    Set<Who> city = only(Who.INSPECTOR, Who.LEADER);
    Set<Who> lead = only(Who.INSPECTOR);
    return List.of(
        of(GET, "/campaigns", readers),
        of(GET, "/campaigns/new", lead),
        of(POST, "/campaigns", lead),
        of(GET, "/campaigns/{id}", C, readers),
        of(POST, "/campaigns/{id}/copy", C + "/copy?year=2030", lead),
        of(GET, "/campaigns/{id}/overdue", C + "/overdue", city),
        of(GET, "/campaigns/{id}/units/{unit}", C + "/units/BJXZSPJ", readers),
        of(POST, "/campaigns/{id}/deliverables/{deliverable}/submissions", C + "/deliverables/" + D + "/submissions",
            only(Who.UNIT_ADMIN)),
        of(POST, "/campaigns/{id}/deliverables/{deliverable}/review", C + "/deliverables/" + D + "/review?decision=ACCEPT",
            lead),
        of(GET, "/campaigns/attachments/{attachment}", "/campaigns/attachments/" + D, readers),
        of(GET, "/campaigns/{id}/evaluation", C + "/evaluation", city),
        of(GET, "/campaigns/{id}/evaluation/{unit}", C + "/evaluation/BJXZSPJ", city),
        of(POST, "/campaigns/{id}/evaluation/{unit}", C + "/evaluation/BJXZSPJ", lead),
        of(POST, "/campaigns/{id}/evaluation/team", C + "/evaluation/team", lead),
        of(POST, "/campaigns/{id}/evaluation/team/{evaluator}/delete", C + "/evaluation/team/" + D + "/delete", lead),
        of(POST, "/campaigns/{id}/evaluation/honours", C + "/evaluation/honours", lead),
        of(POST, "/campaigns/{id}/evaluation/honours/{honour}/delete", C + "/evaluation/honours/" + D + "/delete", lead),
        of(POST, "/campaigns/{id}/evaluation/media", C + "/evaluation/media", lead),
        of(POST, "/campaigns/{id}/evaluation/publish", C + "/evaluation/publish", lead),
        of(GET, "/campaigns/{id}/report", C + "/report", city),
        of(GET, "/campaigns/{id}/export", C + "/export", city));
  }
}

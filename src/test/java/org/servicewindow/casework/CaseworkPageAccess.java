package org.servicewindow.casework;

import static org.servicewindow.EndpointAccess.Rule.of;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.servicewindow.EndpointAccess.Rule;
import org.servicewindow.EndpointAccess.Who;

/** The page rules of casework, kept beside the API rules. */
final class CaseworkPageAccess {

  private CaseworkPageAccess() {}

  static List<Rule> rules() {
    String app = "/casework/applications/" + UUID.randomUUID();
    String inquiry = "/casework/inquiries/" + UUID.randomUUID();
    String escalation = "/casework/escalations/" + UUID.randomUUID();
    String matter = "/casework/matters/" + UUID.randomUUID();
    List<Rule> rules = new ArrayList<>(List.of(
        of(GET, "/verify/{code}", "/verify/unknown-code", Who.EVERYONE),
        of(GET, "/casework/applications", CaseworkEndpointAccess.READERS),
        of(GET, "/casework/applications/{id}", app, CaseworkEndpointAccess.READERS),
        of(GET, "/casework/applications/{id}/notices/{noticeId}", app + "/notices/" + UUID.randomUUID(),
            CaseworkEndpointAccess.READERS),
        of(GET, "/casework/supervision", CaseworkEndpointAccess.READERS),
        of(GET, "/casework/intake", CaseworkEndpointAccess.INTAKE),
        of(POST, "/casework/intake", CaseworkEndpointAccess.INTAKE),
        of(GET, "/casework/intake/matter", CaseworkEndpointAccess.INTAKE),
        of(POST, "/casework/intake/matter", CaseworkEndpointAccess.INTAKE),
        of(GET, "/casework/matters/{id}", matter, CaseworkEndpointAccess.READERS),
        of(GET, "/casework/matters/{id}/supplement-notice", matter + "/supplement-notice", CaseworkEndpointAccess.READERS),
        of(POST, "/casework/matters/{id}/supplement-notices", matter + "/supplement-notices",
            CaseworkEndpointAccess.WORKERS),
        of(POST, "/casework/applications/{id}/extensions/{extensionId}/decision",
            app + "/extensions/" + UUID.randomUUID() + "/decision", CaseworkEndpointAccess.LEADER),
        of(GET, "/casework/inquiries", CaseworkEndpointAccess.READERS),
        of(POST, "/casework/inquiries", CaseworkEndpointAccess.INTAKE),
        of(POST, "/casework/inquiries/{id}/handover", inquiry + "/handover", CaseworkEndpointAccess.READERS),
        of(POST, "/casework/inquiries/{id}/accept", inquiry + "/accept", CaseworkEndpointAccess.READERS),
        of(POST, "/casework/inquiries/{id}/resolve", inquiry + "/resolve", CaseworkEndpointAccess.READERS),
        of(GET, "/casework/consultations", CaseworkEndpointAccess.READERS),
        of(POST, "/casework/consultations", CaseworkEndpointAccess.INTAKE),
        of(GET, "/casework/escalations", CaseworkEndpointAccess.READERS),
        of(POST, "/casework/escalations", CaseworkEndpointAccess.WORKERS),
        of(GET, "/casework/escalations/{id}", escalation, CaseworkEndpointAccess.READERS),
        of(POST, "/casework/escalations/{id}/decision", escalation + "/decision", CaseworkEndpointAccess.LEADER)));
    for (String action : List.of("materials", "defective", "notice", "accept", "reject", "pause", "resume", "extension",
        "complete", "deliver")) {
      rules.add(of(POST, "/casework/applications/{id}/" + action, app + "/" + action, CaseworkEndpointAccess.WORKERS));
    }
    return rules;
  }
}

package org.servicewindow.training.internal;

import java.util.List;
import java.util.UUID;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.springframework.stereotype.Component;

/** Staff as training sees them, through the organization's published API only. */
@Component
public class Participants {

  private final OrganizationApi organization;

  Participants(OrganizationApi organization) {
    this.organization = organization;
  }

  /** The staff record behind a staff login; a login without one cannot take part. */
  public StaffSummary of(Actor actor) {
    return organization.staffOfUser(actor.username())
        .filter(StaffSummary::active)
        .orElseThrow(() -> new BusinessRuleException("training.participant.noStaffRecord"));
  }

  public List<StaffSummary> ofUnit(String unitCode) {
    return organization.activeStaffOf(unitCode);
  }

  public List<StaffSummary> all() {
    return organization.activeStaffOf(null);
  }

  public StaffSummary inUnit(String unitCode, UUID staffId) {
    return ofUnit(unitCode).stream().filter(s -> s.id().equals(staffId)).findFirst()
        .orElseThrow(() -> new NotFoundException("training.staff.notFound"));
  }

  public String unitName(String unitCode) {
    return unitCode == null ? "" : organization.unit(unitCode).map(u -> u.name()).orElse(unitCode);
  }
}

package org.servicewindow.supervision.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.StaffProfileLinks;
import org.springframework.stereotype.Component;

/** The staff member's supervision record (问责) linked from the organization's staff profile, for supervision readers. */
@Component
class SupervisionProfileLinks implements StaffProfileLinks {

  @Override
  public List<Link> linksFor(Actor reader, UUID staffId) {
    boolean mayRead = Arrays.stream(SupervisionAccess.READERS).map(Role::valueOf).anyMatch(reader::has);
    return mayRead ? List.of(new Link("supervision.profileLink", "/supervision/staff/" + staffId)) : List.of();
  }
}

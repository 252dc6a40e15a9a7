package org.servicewindow.training.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.organization.StaffProfileLinks;
import org.springframework.stereotype.Component;

/**
 * The learning record (hours, quizzes, contests, titles) linked from the organization's staff profile,
 * for those who may read it; the record page applies the data scope itself.
 */
@Component
class TrainingProfileLinks implements StaffProfileLinks {

  @Override
  public List<Link> linksFor(Actor reader, UUID staffId) {
    boolean mayRead = Arrays.stream(TrainingAccess.READERS).map(Role::valueOf).anyMatch(reader::has);
    return mayRead ? List.of(new Link("training.profileLink", "/admin/training/staff/" + staffId)) : List.of();
  }
}

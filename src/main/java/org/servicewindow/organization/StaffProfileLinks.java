package org.servicewindow.organization;

import java.util.List;
import java.util.UUID;
import org.servicewindow.identity.Actor;

/**
 * A published extension point: a module built on the organization (training's learning record, later
 * assessment's scores) links its record of a staff member from the staff profile page, without the
 * organization knowing those modules. Declare a bean; its links show for the reader it answers them for.
 */
public interface StaffProfileLinks {

  /** A link on the profile: the message key of its label (from the contributing module's bundle) and its target. */
  record Link(String labelKey, String href) {}

  /** The links this module offers {@code reader} for the staff member, empty when the reader may not follow them. */
  List<Link> linksFor(Actor reader, UUID staffId);
}

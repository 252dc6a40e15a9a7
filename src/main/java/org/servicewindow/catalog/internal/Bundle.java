package org.servicewindow.catalog.internal;

import java.time.Instant;
import java.util.List;
import org.servicewindow.catalog.LifeEvent;

/**
 * A one-matter bundle (一件事): several items a citizen needs for one thing in life, applied for together
 * with one checklist and one form.
 */
public record Bundle(
    String code, String name, BundleKind kind, String description, LifeEvent lifeEvent, List<Member> items,
    Instant createdAt, Instant updatedAt) {

  /** An item of the bundle; a mandatory one is always part of it, an optional one when picked. */
  public record Member(String itemCode, boolean mandatory) {}

  public Bundle {
    items = List.copyOf(items);
  }

  public List<String> itemCodes() {
    return items.stream().map(Member::itemCode).toList();
  }

  public List<String> mandatoryCodes() {
    return items.stream().filter(Member::mandatory).map(Member::itemCode).toList();
  }

  /**
   * The items of this bundle for a citizen's picks: all of a fixed bundle; the mandatory ones of a menu and
   * those picked among its optional ones (picks outside the bundle are ignored), in the bundle's order.
   */
  public List<String> selection(List<String> picked) {
    if (kind == BundleKind.FIXED) {
      return itemCodes();
    }
    return items.stream().filter(m -> m.mandatory() || picked.contains(m.itemCode())).map(Member::itemCode).toList();
  }
}

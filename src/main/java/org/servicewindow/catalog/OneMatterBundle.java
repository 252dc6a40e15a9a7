package org.servicewindow.catalog;

import java.util.List;

/**
 * A one-matter bundle (一件事) as other modules see it, e.g. the window that receives one: a fixed bundle
 * (套餐式) is done as a whole; a menu (点餐式) has mandatory items and optional ones the citizen picks.
 *
 * @param items the bundle's items in its order
 */
public record OneMatterBundle(String code, String name, boolean menu, String description, List<Item> items) {

  /** An item of the bundle; a mandatory one is always part of it. */
  public record Item(String serviceCode, boolean mandatory) {}

  public OneMatterBundle {
    items = List.copyOf(items);
  }

  /** The items for the citizen's picks: all of a fixed bundle; of a menu the mandatory ones and the picked ones. */
  public List<String> selection(List<String> picked) {
    List<String> picks = picked == null ? List.of() : picked;
    return items.stream().filter(i -> !menu || i.mandatory() || picks.contains(i.serviceCode()))
        .map(Item::serviceCode).toList();
  }
}

package org.servicewindow.catalog;

import java.util.List;

/**
 * A published extension point: a module built on the catalog (feedback's satisfaction with a service)
 * shows its public figures about a service item on the item's public guide page, without the catalog
 * knowing that module. Declare a bean; with none, the guide page shows no figures.
 */
public interface ServiceItemFigures {

  /**
   * One figure: the message key of its label, its value as shown (e.g. {@code 98.6%}), and the message key
   * and arguments of the line under it (from the contributing module's bundle).
   */
  record Figure(String labelKey, String value, String noteKey, List<Object> noteArgs) {}

  /** The figures for the item with {@code serviceCode}; empty when there is nothing to show yet. */
  List<Figure> figuresFor(String serviceCode);
}

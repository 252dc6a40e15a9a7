package org.servicewindow.enforcement.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;

/** Small helpers the enforcement pages share. */
final class Views {

  private Views() {}

  /** Unit names by code, for lists that show many units. */
  static Map<String, String> unitNames(OrganizationApi organization) {
    return organization.units().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::name, (a, b) -> a));
  }
}

package org.servicewindow.organization.web;

import org.servicewindow.common.PublicAddress;
import org.servicewindow.organization.internal.OrganizationProperties;
import org.springframework.stereotype.Component;

/** Absolute addresses of the public pages, as printed into QR codes. */
@Component
class PublicLinks {

  private final OrganizationProperties properties;
  private final PublicAddress address;

  PublicLinks(OrganizationProperties properties, PublicAddress address) {
    this.properties = properties;
    this.address = address;
  }

  String staffPage(String staffNumber) {
    String base = properties.publicBaseUrl();
    if (base == null || base.isBlank()) {
      base = address.base();
    }
    return base.replaceAll("/+$", "") + "/public/staff/" + staffNumber;
  }
}

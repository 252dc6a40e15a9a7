package org.servicewindow.organization.web;

import org.servicewindow.organization.internal.OrganizationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses of the public pages, as printed into QR codes. */
@Component
class PublicLinks {

  private final OrganizationProperties properties;

  PublicLinks(OrganizationProperties properties) {
    this.properties = properties;
  }

  String staffPage(String staffNumber) {
    String base = properties.publicBaseUrl();
    if (base == null || base.isBlank()) {
      base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
    return base.replaceAll("/+$", "") + "/public/staff/" + staffNumber;
  }
}

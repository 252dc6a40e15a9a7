package org.servicewindow.catalog.web;

import java.util.UUID;
import org.servicewindow.catalog.internal.CatalogProperties;
import org.servicewindow.common.PublicAddress;
import org.springframework.stereotype.Component;

/** Addresses of the public guide pages: absolute ones for QR codes and the API, relative ones for pages. */
@Component
class GuideLinks {

  private final CatalogProperties properties;
  private final PublicAddress address;

  GuideLinks(CatalogProperties properties, PublicAddress address) {
    this.properties = properties;
    this.address = address;
  }

  String guide(String code) {
    return "/guides/" + code;
  }

  String file(UUID file) {
    return file == null ? null : "/guides/files/" + file;
  }

  /** The absolute address, as printed into a QR code or handed to another system. */
  String absolute(String path) {
    String base = properties.publicBaseUrl();
    if (base == null || base.isBlank()) {
      base = address.base();
    }
    return base.replaceAll("/+$", "") + path;
  }
}

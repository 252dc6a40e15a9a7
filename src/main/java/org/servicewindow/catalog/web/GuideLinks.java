package org.servicewindow.catalog.web;

import java.util.UUID;
import org.servicewindow.catalog.internal.CatalogProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Addresses of the public guide pages: absolute ones for QR codes and the API, relative ones for pages. */
@Component
class GuideLinks {

  private final CatalogProperties properties;

  GuideLinks(CatalogProperties properties) {
    this.properties = properties;
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
      base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
    return base.replaceAll("/+$", "") + path;
  }
}

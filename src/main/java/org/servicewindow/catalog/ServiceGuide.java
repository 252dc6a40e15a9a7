package org.servicewindow.catalog;

import java.time.Instant;

/**
 * A published version of an item's guide. Applications and tickets keep the version they were handled
 * under, so a later change of the guide never rewrites what a citizen was told.
 */
public record ServiceGuide(String code, int version, String unitCode, Instant publishedAt, GuideContent content) {

  public String name() {
    return content.name();
  }
}

package org.servicewindow.catalog;

import java.time.Instant;

/** A new version of an item's guide is what citizens see from now on; earlier ones are history. */
public record GuidePublished(String code, int version, Instant publishedAt) {}

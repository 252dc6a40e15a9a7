package org.servicewindow.enforcement;

import java.util.UUID;

/** A pre-publication item (事前公示) of a unit, e.g. its powers list or how to seek remedies. */
public record Disclosure(UUID id, String unitCode, DisclosureCategory category, String title, String content, int sortOrder) {}

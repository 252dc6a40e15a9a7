package org.servicewindow.catalog.internal;

/**
 * One thing wrong with a guide, placed on the form field it concerns (e.g. {@code materials[2].code}).
 *
 * @param field the form path, or null for the guide as a whole
 * @param key the message key
 */
public record GuideProblem(String field, String key, Object... args) {}

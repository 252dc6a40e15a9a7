package org.servicewindow.organization.internal;

import java.time.Instant;

/** A staff member's photo as stored: already checked, shrunk and stripped of metadata. */
public record Photo(String contentType, byte[] content, Instant uploadedAt) {}

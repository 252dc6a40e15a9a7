package org.servicewindow.training.internal;

import java.time.Instant;
import java.util.UUID;

/** A file handed out at a session (slides, a regulation, a handbook); content is loaded only to download. */
public record Material(
    UUID id, UUID sessionId, String fileName, String contentType, int size, byte[] content, Instant uploadedAt,
    String uploadedBy) {}

package org.servicewindow.training.internal;

import java.time.Instant;
import java.util.UUID;

/** A unit's training plan for a year, with the study hours each of its staff must reach. */
public record Plan(
    UUID id, String unitCode, int year, String title, int requiredHours, String description, Instant createdAt,
    String createdBy) {}

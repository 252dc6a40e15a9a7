package org.servicewindow.queue;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket as callers see it: the number, where it stands, and — once called — which window. The
 * evaluation token is set only on the completed ticket, for its QR code.
 */
public record TicketView(
    UUID id,
    String number,
    String hallCode,
    String serviceCode,
    String serviceName,
    TicketStatus status,
    Priority priority,
    Instant issuedAt,
    Instant calledAt,
    int ahead,
    int estimatedWaitMinutes,
    String windowCode,
    String windowName,
    UUID transferredTo,
    String evaluationToken) {}

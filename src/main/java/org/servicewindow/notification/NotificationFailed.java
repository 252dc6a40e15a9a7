package org.servicewindow.notification;

import java.util.UUID;

/** A notification gave up after its last retry; whoever sent it may need to reach the person otherwise. */
public record NotificationFailed(UUID notificationId, String reference) {}

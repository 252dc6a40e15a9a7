/**
 * Tells citizens and staff what happened, reliably: an outbox written in the caller's transaction,
 * delivered with retries over SMS, e-mail (SMTP) and WeChat template messages, with a delivery log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"common", "identity"})
package org.servicewindow.notification;

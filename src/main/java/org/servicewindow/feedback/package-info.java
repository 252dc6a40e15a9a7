/**
 * 好差评: citizens rate every service once (evaluator device at the window, QR code, web, SMS link, phone),
 * with level-dependent reasons and a comment; the services that may be rated are learnt from the queue's
 * (and casework's) completion events, each with its own rating window.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Feedback",
    allowedDependencies = {"common", "identity", "calendar", "organization", "catalog", "queue", "casework", "notification"})
package org.servicewindow.feedback;

/**
 * 等候叫号: tickets issued at kiosks and online, routed to the windows that handle their service, called
 * exactly once, announced on the hall's boards; appointments, the consultation desk and queue statistics.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Queue",
    allowedDependencies = {"common", "identity", "calendar", "organization", "notification"})
package org.servicewindow.queue;

/**
 * 领导驾驶舱与大屏: the leadership cockpit (city → unit → hall → window → staff), the hall manager's live
 * hall view, the public screen at a hall's entrance, and Excel/PDF exports. A pure consumer: it keeps
 * rollups of its own from the queue's, feedback's and casework's events (rebuilt from their published
 * history APIs when needed) and never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Dashboard",
    allowedDependencies = {"common", "identity", "calendar", "organization", "queue", "casework", "feedback",
        "supervision", "training"})
package org.servicewindow.dashboard;

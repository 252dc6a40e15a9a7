/**
 * 服务前移: online pre-review (网上预审) — a citizen checks and hands in the materials of a service item
 * before coming, the handling unit reviews them within a promised time and answers "complete — book a
 * visit" or a one-time notice of everything missing; at the visit the window turns the pre-application
 * into a casework application without typing it again.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Pre-review",
    allowedDependencies = {"common", "identity", "calendar", "organization", "catalog", "queue", "casework",
        "notification"})
package org.servicewindow.prereview;

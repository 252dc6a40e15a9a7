/**
 * 办件: the application from intake at the window to completion — the material checklist against the guide
 * version used, the one-time supplement notice, acceptance or refusal, working-day deadlines with pauses and
 * extensions, warnings and supervision prompts (督办), notification of the applicant; and the window's
 * other duties: first-contact inquiries (首问负责), consultations and escalations. Others ask {@link
 * org.servicewindow.casework.Casework} and listen to its events.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Casework",
    allowedDependencies = {"common", "identity", "calendar", "organization", "catalog", "queue", "notification"})
package org.servicewindow.casework;

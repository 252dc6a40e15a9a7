/**
 * Supervision (监督检查): inspections of the windows against a configurable checklist — daily checks by a unit
 * (日常监管), special inspections and undercover visits by the supervision office (专项检查, 明察暗访) — whose
 * failed items become findings with rectification orders (限期整改) due in working days, answered with
 * evidence by the unit and re-checked until closed.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Supervision",
    allowedDependencies = {"common", "identity", "calendar", "organization", "queue", "casework", "feedback",
        "notification"})
package org.servicewindow.supervision;

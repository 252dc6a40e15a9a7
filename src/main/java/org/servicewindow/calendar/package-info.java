/**
 * Working days per the official holiday arrangement (调休 included), opening hours, and the
 * working-day arithmetic every deadline of the system is computed with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {"common", "identity"})
package org.servicewindow.calendar;

/**
 * Who serves where: units, halls and branch halls, windows and the services they handle, staff with
 * their desk cards and badges, A/B backup posts, absences and the duty roster. Other modules ask
 * {@link org.servicewindow.organization.OrganizationApi} who is responsible for a window or service.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Organization",
    allowedDependencies = {"common", "identity", "calendar"})
package org.servicewindow.organization;

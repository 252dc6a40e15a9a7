/**
 * What the city's windows do and what a citizen must bring: service items with their versioned,
 * published service guides, required materials, one-matter bundles with merged checklists and merged
 * forms, which windows handle which items, and the public guide site. Others ask
 * {@link org.servicewindow.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Catalog",
    allowedDependencies = {"common", "identity", "calendar", "organization"})
package org.servicewindow.catalog;

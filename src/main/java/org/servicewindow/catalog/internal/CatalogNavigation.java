package org.servicewindow.catalog.internal;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guide site and bundles on the home page; the catalog's screens in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class CatalogNavigation {

  static final String SECTION = "nav.section.catalog";

  @Bean
  NavItem catalogGuidesNav() {
    return new NavItem("nav.section.public", "nav.catalog.guides", "/guides", 10, Set.of());
  }

  @Bean
  NavItem catalogBundlesNav() {
    return new NavItem("nav.section.public", "nav.catalog.bundles", "/bundles", 20, Set.of());
  }

  @Bean
  NavItem catalogItemsNav() {
    return new NavItem(SECTION, "nav.catalog.items", "/admin/catalog/items", 200, Set.of(CatalogSecurity.READERS));
  }

  @Bean
  NavItem catalogBundleAdminNav() {
    return new NavItem(SECTION, "nav.catalog.bundleAdmin", "/admin/catalog/bundles", 210,
        Set.of(CatalogSecurity.READERS));
  }

  @Bean
  NavItem catalogWindowsNav() {
    return new NavItem(SECTION, "nav.catalog.windows", "/admin/catalog/windows", 220,
        Set.of(CatalogSecurity.ASSIGNERS));
  }
}

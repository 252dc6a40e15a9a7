package org.servicewindow.catalog.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The module's settings, with defaults in {@code catalog.properties} (lowest precedence). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
@PropertySource("classpath:catalog.properties")
class CatalogConfiguration {}

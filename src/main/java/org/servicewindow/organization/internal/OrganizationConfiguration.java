package org.servicewindow.organization.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The module's settings, with defaults in {@code organization.properties} (lowest precedence, so the
 * application's own properties and the environment override them): uploads up to the size of a
 * phone photo or an import file reach the controllers, which then judge them with a clear message.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrganizationProperties.class)
@PropertySource("classpath:organization.properties")
class OrganizationConfiguration {}

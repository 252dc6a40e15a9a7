package org.servicewindow.supervision.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The module's defaults in {@code supervision.properties}, below the application's own properties. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:supervision.properties")
class SupervisionConfiguration {}

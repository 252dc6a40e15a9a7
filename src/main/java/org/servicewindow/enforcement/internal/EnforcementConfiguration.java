package org.servicewindow.enforcement.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the enforcement settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnforcementProperties.class)
class EnforcementConfiguration {}

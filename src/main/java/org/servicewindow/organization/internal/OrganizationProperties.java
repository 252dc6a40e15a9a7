package org.servicewindow.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the organization module ({@code sw.organization.*}).
 *
 * @param publicBaseUrl the address citizens reach the public pages at, printed into QR codes (e.g.
 *     {@code https://zwfw.baoji.gov.cn}); empty means the address of the request that prints them
 */
@ConfigurationProperties("sw.organization")
public record OrganizationProperties(String publicBaseUrl) {}

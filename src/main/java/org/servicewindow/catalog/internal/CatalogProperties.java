package org.servicewindow.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the catalog module ({@code sw.catalog.*}).
 *
 * @param publicBaseUrl the address citizens reach the guide site at, printed into the QR codes of
 *     posters and checklists (e.g. {@code https://zwfw.baoji.gov.cn}); empty means the address of the
 *     request that prints them
 */
@ConfigurationProperties("sw.catalog")
public record CatalogProperties(String publicBaseUrl) {}

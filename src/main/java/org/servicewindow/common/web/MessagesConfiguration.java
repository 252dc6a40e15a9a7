package org.servicewindow.common.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code i18n/} ({@code <module>.properties} in zh-CN,
 * {@code <module>_en.properties} in English), all merged into the application's message source, so a
 * module adds its texts without touching anyone else's file.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  static final String LOCATION = "classpath*:i18n/*.properties";

  @Bean
  MessageSource messageSource() throws IOException {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(basenames());
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(false);
    return source;
  }

  /** {@code i18n/shell}, {@code i18n/identity}, … — every bundle without a language suffix. */
  static String[] basenames() throws IOException {
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
    return Arrays.stream(resources)
        .map(Resource::getFilename)
        .filter(Objects::nonNull)
        .filter(name -> !name.contains("_"))
        .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
        .distinct()
        .sorted()
        .toArray(String[]::new);
  }
}

package org.servicewindow.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Language: zh-CN unless the reader chose English (cookie, set by {@code ?lang=en}). Pages ignore the
 * browser's language (a Chinese hall's screens stay Chinese on an English-configured PC); API clients may
 * ask for English with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
  static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    return new ChosenOrAcceptedLocaleResolver();
  }

  @Bean
  WebMvcRegistrations prefixIndexedHandlerMapping() {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PrefixIndexedHandlerMapping();
      }
    };
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }

  /** The cookie wins; without it, a supported Accept-Language; otherwise Chinese. */
  static class ChosenOrAcceptedLocaleResolver extends CookieLocaleResolver {

    ChosenOrAcceptedLocaleResolver() {
      super("sw-lang");
      setCookieMaxAge(Duration.ofDays(365));
      setDefaultLocaleFunction(ChosenOrAcceptedLocaleResolver::fromHeader);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale fromHeader(HttpServletRequest request) {
      if (request.getHeader("Accept-Language") == null || !request.getRequestURI().startsWith("/api/")) {
        return DEFAULT;
      }
      return supported(request.getLocale());
    }

    private static Locale supported(Locale requested) {
      return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : DEFAULT;
    }
  }
}

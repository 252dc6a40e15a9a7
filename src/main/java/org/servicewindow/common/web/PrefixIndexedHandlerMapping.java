package org.servicewindow.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mapping, skipping the mappings whose literal path prefix cannot match the request.
 *
 * <p>Why: a path with variables ({@code /api/v1/tickets/{id}/start}) has no direct lookup, so Spring checks
 * every one of the application's ~500 handler methods' conditions in turn — the largest single cost of a queue
 * API call in the load test (17 % of the application's CPU). A mapping is only skipped when the text of every
 * one of its patterns, up to its first variable or wildcard, is not a prefix of the request path; the rest
 * goes through Spring's own matching unchanged. Paths with encoded characters or path parameters ({@code %},
 * {@code ;}) could still match a literal after decoding, so they skip nothing.
 */
class PrefixIndexedHandlerMapping extends RequestMappingHandlerMapping {

  /**
   * By mapping instance: {@code RequestMappingInfo.hashCode} walks every condition, which would cost more than the
   * check saves. Written only while handlers are registered (copied, so readers never see a map being changed).
   */
  private volatile Map<RequestMappingInfo, String[]> literalPrefixes = new IdentityHashMap<>();

  @Override
  protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
    super.registerHandlerMethod(handler, method, mapping);
    String[] prefixes = literalPrefixes(mapping);
    if (prefixes != null) {
      synchronized (this) {
        Map<RequestMappingInfo, String[]> copy = new IdentityHashMap<>(literalPrefixes);
        copy.put(mapping, prefixes);
        literalPrefixes = copy;
      }
    }
  }

  /**
   * The path being looked up, for the checks of {@link #getMatchingMapping} on this thread: read once per lookup,
   * not once per mapping (through the request wrappers' attribute chain, that read cost more than the check saved).
   * Null outside a lookup, and for paths with encoded characters or path parameters, which could still match a
   * literal after decoding: those skip nothing.
   */
  private static final ThreadLocal<String> LOOKUP = new ThreadLocal<>();

  @Override
  protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
    LOOKUP.set(lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 ? lookupPath : null);
    try {
      return super.lookupHandlerMethod(lookupPath, request);
    } finally {
      LOOKUP.remove();
    }
  }

  @Override
  protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
    String path = LOOKUP.get();
    if (path != null) {
      String[] prefixes = literalPrefixes.get(info);
      if (prefixes != null && !startsWithAny(path, prefixes)) {
        return null;
      }
    }
    return super.getMatchingMapping(info, request);
  }

  /** Whether requests are checked against this registered mapping's literal prefixes before Spring's matching. */
  boolean indexed(RequestMappingInfo mapping) {
    return literalPrefixes.containsKey(mapping);
  }

  /** The literal beginnings of a mapping's patterns, or null when one of them could match any path. */
  static String[] literalPrefixes(RequestMappingInfo mapping) {
    if (mapping.getPathPatternsCondition() == null || mapping.getPathPatternsCondition().getPatterns().isEmpty()) {
      return null;
    }
    String[] prefixes = mapping.getPathPatternsCondition().getPatterns().stream()
        .map(PathPattern::getPatternString).map(PrefixIndexedHandlerMapping::literalPrefix).toArray(String[]::new);
    for (String prefix : prefixes) {
      if (prefix.length() <= 1) {
        return null;
      }
    }
    return prefixes;
  }

  /**
   * The pattern's text before its first variable or wildcard, without the slash in front of it: {@code /x/**} and
   * {@code /x/{*rest}} match {@code /x} itself.
   */
  static String literalPrefix(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' || c == '*' || c == '?' || c == '\\') {
        return pattern.substring(0, i > 0 && pattern.charAt(i - 1) == '/' ? i - 1 : i);
      }
    }
    return pattern;
  }

  private static boolean startsWithAny(String path, String[] prefixes) {
    for (String prefix : prefixes) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}

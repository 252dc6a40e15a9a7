package org.servicewindow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The prefix index may only save work: for every request, it must choose the same handler as Spring's own
 * mapping — including encoded paths, path parameters, wildcards and catch-all patterns.
 */
class PrefixIndexedHandlerMappingTests {

  @Controller
  @RequestMapping("/api/v1")
  static class Routes {
    @PostMapping("/tickets/{id}/start")
    void start() {}

    @PostMapping("/tickets/{id}/complete")
    void complete() {}

    @GetMapping("/tickets/{id}")
    void ticket() {}

    @PostMapping("/windows/{window}/call-next")
    void callNext() {}

    @GetMapping("/halls/{hall}/board")
    void board() {}

    @GetMapping("/halls")
    void halls() {}

    @GetMapping("/files/*.pdf")
    void pdf() {}

    @GetMapping("/docs/**")
    void docs() {}

    @GetMapping("/files/{*rest}")
    void files() {}

    @GetMapping("/report-{year}/summary")
    void report() {}
  }

  @Controller
  static class Root {
    @GetMapping("/")
    void home() {}

    @GetMapping("/{code}")
    void anything() {}
  }

  private final RequestMappingHandlerMapping plain = mapping(new RequestMappingHandlerMapping());
  private final RequestMappingHandlerMapping indexed = mapping(new PrefixIndexedHandlerMapping());

  @Test
  void choosesTheSameHandlerAsSpringForEveryRequest() throws Exception {
    List<String[]> requests = List.of(
        new String[] {"POST", "/api/v1/tickets/0190a1b2/start"},
        new String[] {"POST", "/api/v1/tickets/0190a1b2/complete"},
        new String[] {"GET", "/api/v1/tickets/0190a1b2"},
        new String[] {"POST", "/api/v1/windows/BJ-01/call-next"},
        new String[] {"GET", "/api/v1/halls/BJZWFW/board"},
        new String[] {"GET", "/api/v1/halls"},
        new String[] {"GET", "/api/v1/%74ickets/0190a1b2"},
        new String[] {"GET", "/api/v1/tickets;jsessionid=1/0190a1b2"},
        new String[] {"GET", "/api/v1/files/report.pdf"},
        new String[] {"GET", "/api/v1/docs/a/b/c"},
        new String[] {"GET", "/api/v1/docs"},
        new String[] {"GET", "/api/v1/files"},
        new String[] {"GET", "/api/v1/files/a/b"},
        new String[] {"GET", "/api/v1/report-2026/summary"},
        new String[] {"GET", "/api/v1/unknown/path"},
        new String[] {"GET", "/"},
        new String[] {"GET", "/kiosk"},
        new String[] {"DELETE", "/api/v1/tickets/0190a1b2"});
    for (String[] r : requests) {
      assertThat(handler(indexed, r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(handler(plain, r[0], r[1]));
    }
    assertThat(handler(indexed, "POST", "/api/v1/tickets/1/start")).isEqualTo("start");
    assertThat(handler(indexed, "GET", "/api/v1/%74ickets/1")).isEqualTo("ticket");
    assertThat(handler(indexed, "GET", "/api/v1/docs")).isEqualTo("docs");
    assertThat(handler(indexed, "GET", "/api/v1/files")).isEqualTo("files");
  }

  @Test
  void everyMappingWithALiteralPrefixIsIndexedAsSpringKeepsIt() {
    PrefixIndexedHandlerMapping mapping = (PrefixIndexedHandlerMapping) indexed;
    assertThat(mapping.getHandlerMethods().keySet())
        .filteredOn(info -> PrefixIndexedHandlerMapping.literalPrefixes(info) != null)
        .hasSize(10)
        .allMatch(mapping::indexed);
    assertThat(mapping.getHandlerMethods().keySet()).filteredOn(mapping::indexed).hasSize(10);
  }

  @Test
  void aPatternsLiteralPrefixEndsAtItsFirstVariableOrWildcard() {
    assertThat(PrefixIndexedHandlerMapping.literalPrefix("/api/v1/tickets/{id}/start")).isEqualTo("/api/v1/tickets");
    assertThat(PrefixIndexedHandlerMapping.literalPrefix("/files/*.pdf")).isEqualTo("/files");
    assertThat(PrefixIndexedHandlerMapping.literalPrefix("/docs/**")).isEqualTo("/docs");
    assertThat(PrefixIndexedHandlerMapping.literalPrefix("/report-{year}")).isEqualTo("/report-");
    assertThat(PrefixIndexedHandlerMapping.literalPrefix("/halls")).isEqualTo("/halls");
  }

  private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
    StaticApplicationContext context = new StaticApplicationContext();
    context.registerSingleton("routes", Routes.class);
    context.registerSingleton("root", Root.class);
    context.refresh();
    mapping.setApplicationContext(context);
    mapping.afterPropertiesSet();
    return mapping;
  }

  private static String handler(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    ServletRequestPathUtils.parseAndCache(request);
    try {
      HandlerExecutionChain chain = mapping.getHandler(request);
      return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    } catch (Exception e) {
      return e.getClass().getSimpleName();
    }
  }
}

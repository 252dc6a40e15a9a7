package org.servicewindow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.servicewindow.TestAccounts;
import org.servicewindow.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Errors raised outside any controller (unsupported method, unknown path) travel through the servlet
 * container's error dispatch, which only a real server performs: API clients still get problems, browsers
 * still get the localized page.
 */
@org.springframework.test.annotation.DirtiesContext // a context of its own: close it after, freeing its connections
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestSupport.class, ErrorHandlingIntegrationTests.Probe.class})
class ErrorsOverHttpIntegrationTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anUnsupportedMethodIsAProblemDocument() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/test-probe/conflict"))
        .header("Authorization", TestSupport.bearer(accounts.token("leader")))
        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":405").contains("\"title\"").doesNotContain("Exception");
  }

  @Test
  void aServerErrorRevealsNothingInternal() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/test-probe/crash"))
        .header("Authorization", TestSupport.bearer(accounts.token("leader"))).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("internal detail").doesNotContain("IllegalStateException").doesNotContain("at org.");
  }

  @Test
  void anUnknownStaticPageIsTheLocalizedNotFoundPage() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/css/missing.css"))
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("页面不存在").contains("返回首页");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

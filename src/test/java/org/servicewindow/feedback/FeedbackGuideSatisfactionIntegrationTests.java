package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.feedback.internal.RateableServices;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public guide page of a service item shows the citizens' satisfaction with it (catalog's
 * {@code ServiceItemFigures}, implemented by feedback): the share of the three satisfied levels among the
 * ratings of the last 12 months, without those excluded by an upheld appeal; nothing before the first rating.
 */
@IntegrationTest
class FeedbackGuideSatisfactionIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired RateableServices rateable;
  @Autowired Appeals appeals;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theGuidePageShowsTheSatisfactionOfTheLastTwelveMonthsWithoutExcludedRatings() throws Exception {
    FeedbackFixture fixture = new FeedbackFixture(context);
    HallSetup hall = fixture.hall(1, "综合受理");
    List<String> unrated = publishedGuidesWithoutRatings();
    String rated = unrated.get(0);
    String untouched = unrated.get(1);

    rate(hall, rated, 5);
    rate(hall, rated, 4);
    rate(hall, rated, 2);
    UUID mistaken = rate(hall, rated, 1);
    // a rating of 13 months ago no longer counts
    clock.advance(Duration.ofDays(-396));
    rate(hall, rated, 1);
    clock.reset();

    String page = page(rated);
    assertThat(page).contains("群众满意率").contains("50.0%").contains("近 12 个月 4 条评价");

    UUID appeal = appeals.file(fixture.actor(hall.staff(1)), mistaken, "评价器被误触");
    appeals.decide(fixture.actor("inspector"), appeal, true, "确属误评");
    assertThat(page(rated)).contains("66.7%").contains("近 12 个月 3 条评价");

    assertThat(page(untouched)).doesNotContain("群众满意率");
  }

  private String page(String code) throws Exception {
    return mvc.perform(get("/guides/{code}", code)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Rates a service of {@code serviceCode} served at window 1 now (by the test clock) on the public API. */
  private UUID rate(HallSetup hall, String serviceCode, int level) throws Exception {
    String token = "gs-" + UUID.randomUUID();
    Instant now = clock.instant();
    rateable.add(new RateableService(token, SubjectKind.TICKET, UUID.randomUUID(), null, hall.hall(), null,
        hall.window(1), hall.staff(1), serviceCode, now.minusSeconds(60), now.plus(Duration.ofDays(7))));
    mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"token\":\"" + token + "\",\"level\":" + level + ",\"channel\":\"QR\"}")).andExpect(status().isCreated());
    return jdbc.sql("SELECT id FROM evaluation WHERE token = :t").param("t", token).query(UUID.class).single();
  }

  /** Codes of published guides that nobody has rated yet (the public service list of api.md). */
  private List<String> publishedGuidesWithoutRatings() throws Exception {
    String json = mvc.perform(get("/api/v1/services?size=100")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    List<String> codes = new java.util.ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\"code\":\"([^\"]+)\"").matcher(json);
    while (matcher.find()) {
      String code = matcher.group(1);
      if (jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE service_code = :c").param("c", code).query(Long.class).single() == 0) {
        codes.add(code);
      }
    }
    assertThat(codes).as("published guides without ratings").hasSizeGreaterThanOrEqualTo(2);
    return codes;
  }
}

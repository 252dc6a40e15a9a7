package org.servicewindow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.TestSupport.bearer;
import static org.servicewindow.TestSupport.fromNewAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestClock;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.queue.TicketView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The evaluation contract of api.md, driven from a real ticket completed at a real window: a rating,
 * the 409 of a second one (also when two arrive at once), forged tokens, staff tokens, the rating window.
 */
@IntegrationTest
class FeedbackApiIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  FeedbackFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new FeedbackFixture(context);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  ResultActions rate(String body) throws Exception {
    return mvc.perform(post("/api/v1/evaluations").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }

  @Test
  void aCitizenRatesACompletedTicketOnceAndTheSecondRatingIsAConflict() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String token = fixture.completedTicket(hall);

    rate("{\"token\":\"" + token + "\",\"level\":5,\"channel\":\"QR\",\"reasons\":[\"SERVICE_ATTITUDE\"],\"comment\":\"很耐心\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNotEmpty())
        .andExpect(jsonPath("$.level").value(5))
        .andExpect(jsonPath("$.negative").value(false));

    rate("{\"token\":\"" + token + "\",\"level\":1,\"channel\":\"WEB\"}")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.detail").isNotEmpty());

    assertThat(jdbc.sql("SELECT level FROM evaluation WHERE token = :t").param("t", token).query(Integer.class).list())
        .containsExactly(5);
  }

  @Test
  void levelsOneAndTwoAreNegative() throws Exception {
    HallSetup hall = fixture.hall(1, "公积金提取");
    rate("{\"token\":\"" + fixture.completedTicket(hall) + "\",\"level\":2,\"channel\":\"SMS\",\"reasons\":[\"SERVICE_EFFICIENCY\"]}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.negative").value(true));
    rate("{\"token\":\"" + fixture.completedTicket(hall) + "\",\"level\":3,\"channel\":\"WEB\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.negative").value(false));
  }

  @Test
  void forgedOrUnknownTokensAreNotFoundNeverAServerError() throws Exception {
    rate("{\"token\":\"forged-token-123\",\"level\":5,\"channel\":\"QR\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    rate("{\"token\":\"" + "x".repeat(300) + "\",\"level\":5}")
        .andExpect(status().isBadRequest());
    rate("{\"token\":\"' OR 1=1 --\",\"level\":4}")
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer forged")
            .content("{\"token\":\"abc\",\"level\":5}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void badInputIsAClearBadRequest() throws Exception {
    HallSetup hall = fixture.hall(1, "户口迁移");
    String token = fixture.completedTicket(hall);
    rate("{\"token\":\"" + token + "\",\"level\":6}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("level"));
    rate("{\"token\":\"" + token + "\",\"level\":0}").andExpect(status().isBadRequest());
    rate("{\"token\":\"" + token + "\",\"level\":4,\"reasons\":[\"NO_SUCH_REASON\"]}").andExpect(status().isBadRequest());
    // a ticket is rated with the offline indicator set; an online indicator does not belong to it
    rate("{\"token\":\"" + token + "\",\"level\":4,\"channel\":\"QR\",\"reasons\":[\"PLATFORM_USABILITY\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").isNotEmpty());
    // nothing was lost: the service can still be rated properly
    rate("{\"token\":\"" + token + "\",\"level\":4,\"channel\":\"QR\",\"reasons\":[\"SERVICE_COMPETENCE\"]}")
        .andExpect(status().isCreated());
  }

  @Test
  void staffAndAdministratorsMayNotRate() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String token = fixture.completedTicket(hall);
    for (String user : List.of(hall.staff(1), "hallmanager", "sysadmin", "inspector", "leader")) {
      mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
              .header("Authorization", bearer(fixture.token(user)))
              .content("{\"token\":\"" + token + "\",\"level\":5,\"channel\":\"QR\"}"))
          .andExpect(status().isForbidden());
    }
    // a kiosk is not an evaluator either, and an evaluator of another window may not rate this one
    mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
            .header("Authorization", bearer(fixture.kioskToken(hall.hall())))
            .content("{\"token\":\"" + token + "\",\"level\":5}"))
        .andExpect(status().isForbidden());
    HallSetup other = fixture.hall(1, "其他业务");
    mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
            .header("Authorization", bearer(fixture.evaluatorToken(other.hall(), other.window(1))))
            .content("{\"token\":\"" + token + "\",\"level\":5}"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE token = :t").param("t", token).query(Long.class).single())
        .isZero();
  }

  @Test
  void theWindowsEvaluatorRatesAfterTheAntiMashGap() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    String device = fixture.evaluatorToken(hall.hall(), hall.window(1));
    mvc.perform(get("/api/v1/evaluator/screen").header("Authorization", bearer(device)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.screen").value("IDLE"));
    TicketView serving = fixture.serving(hall, 1);
    awaitScreen(device, "SERVING");
    mvc.perform(get("/api/v1/evaluator/screen").header("Authorization", bearer(device)))
        .andExpect(jsonPath("$.ticketNumber").value(serving.number()))
        .andExpect(jsonPath("$.serviceName").value("社保卡补办"))
        .andExpect(jsonPath("$.staff.name").value("测试人员1"))
        .andExpect(jsonPath("$.staff.photoUrl").isNotEmpty())
        .andExpect(jsonPath("$.token").isEmpty());
    String token = fixture.complete(hall, 1, serving.id());
    awaitScreen(device, "RATING");
    mvc.perform(get("/api/v1/evaluator/screen").header("Authorization", bearer(device)))
        .andExpect(jsonPath("$.token").value(token))
        .andExpect(jsonPath("$.reasons.length()").value(3));
    mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).header("Authorization", bearer(device))
            .content("{\"token\":\"" + token + "\",\"level\":5,\"channel\":\"EVALUATOR\"}"))
        .andExpect(status().isConflict());
    clock.advance(Duration.ofSeconds(3));
    mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).header("Authorization", bearer(device))
            .content("{\"token\":\"" + token + "\",\"level\":4,\"reasons\":[\"SERVICE_EFFICIENCY\",\"SERVICE_ATTITUDE\"]}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.level").value(4));
    mvc.perform(get("/api/v1/evaluator/screen").header("Authorization", bearer(device)))
        .andExpect(jsonPath("$.screen").value("IDLE"));
    assertThat(jdbc.sql("SELECT channel FROM evaluation WHERE token = :t").param("t", token).query(String.class).single())
        .isEqualTo("EVALUATOR");
    // a citizen may not claim the evaluator channel without the device
    rate("{\"token\":\"" + fixture.completedTicket(hall) + "\",\"level\":5,\"channel\":\"EVALUATOR\"}")
        .andExpect(status().isBadRequest());
  }

  @Test
  void aServiceCanBeRatedLaterOnlyWithinTheRatingWindow() throws Exception {
    HallSetup hall = fixture.hall(1, "不动产登记");
    String late = fixture.completedTicket(hall);
    String inTime = fixture.completedTicket(hall);
    clock.advance(Duration.ofDays(6));
    rate("{\"token\":\"" + inTime + "\",\"level\":3,\"channel\":\"SMS\"}").andExpect(status().isCreated());
    clock.advance(Duration.ofDays(1).plusHours(1));
    rate("{\"token\":\"" + late + "\",\"level\":3,\"channel\":\"SMS\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("7")));
  }

  @Test
  void twoSubmissionsAtOnceGiveExactlyOneRating() throws Exception {
    HallSetup hall = fixture.hall(1, "社保卡补办");
    for (int round = 0; round < 3; round++) {
      String token = fixture.completedTicket(hall);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        int level = 5 - i;
        results.add(pool.submit(() -> {
          start.await();
          return rate("{\"token\":\"" + token + "\",\"level\":" + level + ",\"channel\":\"QR\"}")
              .andReturn().getResponse().getStatus();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      pool.shutdown();
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE token = :t").param("t", token).query(Long.class).single())
          .isEqualTo(1);
    }
  }

  @Test
  void publicRatingsAreRateLimitedPerAddress() throws Exception {
    int limit = context.getBean(org.servicewindow.feedback.internal.FeedbackProperties.class).publicLimit();
    var address = fromNewAddress();
    for (int i = 0; i < limit; i++) {
      mvc.perform(post("/api/v1/evaluations").with(address).contentType(MediaType.APPLICATION_JSON)
              .content("{\"token\":\"guess-" + i + "\",\"level\":5}"))
          .andExpect(status().isNotFound());
    }
    mvc.perform(post("/api/v1/evaluations").with(address).contentType(MediaType.APPLICATION_JSON)
            .content("{\"token\":\"guess-x\",\"level\":5}"))
        .andExpect(status().isTooManyRequests());
  }

  void awaitScreen(String device, String screen) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!mvc.perform(get("/api/v1/evaluator/screen").header("Authorization", bearer(device))).andReturn()
        .getResponse().getContentAsString().contains("\"screen\":\"" + screen + "\"")) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the evaluator never showed " + screen);
      }
      Thread.sleep(20);
    }
  }
}

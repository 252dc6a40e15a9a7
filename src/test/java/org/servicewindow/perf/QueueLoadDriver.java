package org.servicewindow.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.servicewindow.ServiceWindowApplication;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.DeviceAdministration;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.identity.internal.Users;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.UnitType;
import org.servicewindow.organization.internal.HallAdministration;
import org.servicewindow.organization.internal.UnitAdministration;
import org.servicewindow.organization.internal.WindowAdministration;
import org.servicewindow.queue.internal.QueueServices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The queue's load driver (perf/queue-load.sh runs it). {@code setup} prepares a hall with its windows,
 * services and device tokens in the database; {@code drive} then loads the running application over
 * HTTP like a busy hall: kiosks issuing, every window calling, starting and completing, and many display
 * boards listening to the hall's events. It reports throughput and latency percentiles per operation,
 * the delay from a call to its arrival on the boards, and checks afterwards that no ticket was called
 * twice and no number skipped.
 */
public final class QueueLoadDriver {

  static final String HALL = "PERF";

  private QueueLoadDriver() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "setup" -> setup(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "drive" -> drive(args[1], Path.of(args[2]), Duration.ofSeconds(Long.parseLong(args[3])),
          Integer.parseInt(args[4]), args[5], args.length > 6 ? Long.parseLong(args[6]) : 0);
      default -> throw new IllegalArgumentException("setup | drive");
    }
  }

  /** Creates hall PERF with {@code windows} windows handling three services, and the devices' tokens. */
  static void setup(String jdbcUrl, Path out, int windows, int kiosks) throws IOException {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ServiceWindowApplication.class)
        // a web context (on a free port): the platform's error controller is part of the application
        .run("--server.port=0", "--spring.profiles.active=prod", "--sw.admin.password=Perf-Lastprobe-Geheim-2026",
            "--sw.test.shared-database-url=" + jdbcUrl, "--spring.datasource.url=" + jdbcUrl,
            "--sw.notification.poll-enabled=false", "--spring.main.banner-mode=off")) {
      Actor admin = app.getBean(Users.class).findByUsername("admin").orElseThrow().toActor();
      String unit = app.getBean(UnitAdministration.class).create(admin, new UnitSummary("PERFU", "压测单位",
          UnitType.GOVERNMENT, null, "联系人", "0917-0000000", "0917-0000001")).code();
      app.getBean(HallAdministration.class).create(admin, new HallAdministration.HallDetails(HALL, "压测大厅", "测试路",
          1, null, "MON-SUN 00:00-23:59", false, unit));
      List<String> services = List.of("PERF-S1", "PERF-S2", "PERF-S3");
      QueueServices queueServices = app.getBean(QueueServices.class);
      for (int i = 0; i < services.size(); i++) {
        queueServices.save(new QueueServices.QueueService(HALL, services.get(i), "压测业务" + (i + 1),
            String.valueOf((char) ('A' + i)), QueueServices.Kind.SERVICE, i, true));
      }
      DeviceAdministration devices = app.getBean(DeviceAdministration.class);
      StringBuilder json = new StringBuilder("{\"kiosks\":[");
      for (int k = 0; k < kiosks; k++) {
        json.append(k == 0 ? "" : ",").append('"')
            .append(devices.register(admin, "压测取号机" + k, DeviceKind.KIOSK, HALL, null).token()).append('"');
      }
      json.append("],\"windows\":{");
      WindowAdministration windowAdmin = app.getBean(WindowAdministration.class);
      for (int w = 1; w <= windows; w++) {
        String code = HALL + "-" + w;
        windowAdmin.create(admin, new WindowAdministration.WindowDetails(code, HALL, w, null, 1, "A区", unit, true, services));
        json.append(w == 1 ? "" : ",").append('"').append(code).append("\":\"")
            .append(devices.register(admin, "压测叫号器" + w, DeviceKind.CALLER, HALL, code).token()).append('"');
      }
      json.append("}}");
      Files.writeString(out, json);
    }
  }

  /**
   * Loads the application at {@code baseUrl} for {@code duration} and prints the report. With
   * {@code serviceMillis} &gt; 0 each window spends that long on a ticket (a hall's real pace); with 0 the
   * windows call as fast as the server answers (the queue core's throughput).
   */
  static void drive(String baseUrl, Path setupFile, Duration duration, int subscribers, String jdbcUrl, long serviceMillis)
      throws Exception {
    String setup = Files.readString(setupFile);
    List<String> kioskTokens = new ArrayList<>();
    Matcher kioskMatch = Pattern.compile("\"(sw1\\.[^\"]+)\"").matcher(setup.substring(0, setup.indexOf("\"windows\"")));
    while (kioskMatch.find()) {
      kioskTokens.add(kioskMatch.group(1));
    }
    Map<String, String> windowTokens = new LinkedHashMap<>();
    Matcher windowMatch = Pattern.compile("\"(PERF-\\d+)\":\"(sw1\\.[^\"]+)\"").matcher(setup);
    while (windowMatch.find()) {
      windowTokens.put(windowMatch.group(1), windowMatch.group(2));
    }

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(8)).build();
    // boards on clients of their own, 50 connections each: one client's single selector thread would
    // otherwise be the bottleneck measured, not the server
    List<HttpClient> boardClients = new ArrayList<>();
    Map<String, Histogram> latency = new ConcurrentHashMap<>();
    for (String op : List.of("issue", "call-next", "start", "complete", "board")) {
      latency.put(op, new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3));
    }
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong issued = new AtomicLong();
    AtomicLong called = new AtomicLong();
    Set<String> calledIds = ConcurrentHashMap.newKeySet();
    AtomicInteger doubleCalls = new AtomicInteger();

    // boards: many subscribers to the hall's events
    List<BoardListener> boards = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      BoardListener board = new BoardListener(latency.get("board"), measuring);
      boards.add(board);
      if (i % 50 == 0) {
        boardClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
      }
      boardClients.get(boardClients.size() - 1).sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/halls/" + HALL + "/events"))
          .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.fromLineSubscriber(board));
    }
    Thread.sleep(3_000);
    long connected = boards.stream().filter(b -> b.connected).count();

    ExecutorService workers = Executors.newFixedThreadPool(kioskTokens.size() + windowTokens.size());
    for (String kiosk : kioskTokens) {
      workers.submit(() -> {
        int n = 0;
        while (running.get()) {
          if (issued.get() - called.get() > 400) { // a busy hall, not an endless line
            pause(5);
            continue;
          }
          String body = "{\"serviceCode\":\"PERF-S" + (n++ % 3 + 1) + "\",\"channel\":\"KIOSK\""
              + (n % 20 == 0 ? ",\"priority\":\"GREEN_CHANNEL\",\"greenReason\":\"ELDERLY\"" : "") + "}";
          if (post(http, baseUrl + "/api/v1/halls/" + HALL + "/tickets", kiosk, body, "issue", latency, errors, measuring) != null) {
            issued.incrementAndGet();
          }
        }
        return null;
      });
    }
    Pattern idPattern = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    for (var window : windowTokens.entrySet()) {
      workers.submit(() -> {
        while (running.get()) {
          String response = post(http, baseUrl + "/api/v1/windows/" + window.getKey() + "/call-next", window.getValue(),
              null, "call-next", latency, errors, measuring);
          if (response == null || response.isEmpty()) {
            pause(10);
            continue;
          }
          Matcher id = idPattern.matcher(response);
          if (!id.find()) {
            continue;
          }
          called.incrementAndGet();
          if (!calledIds.add(id.group(1))) {
            doubleCalls.incrementAndGet();
          }
          post(http, baseUrl + "/api/v1/tickets/" + id.group(1) + "/start", window.getValue(), null, "start", latency, errors, measuring);
          if (serviceMillis > 0) {
            pause(serviceMillis);
          }
          post(http, baseUrl + "/api/v1/tickets/" + id.group(1) + "/complete", window.getValue(), null, "complete", latency, errors, measuring);
        }
        return null;
      });
    }

    Thread.sleep(10_000); // warm-up
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(duration.toMillis());
    measuring.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    running.set(false);
    workers.shutdown();
    workers.awaitTermination(30, TimeUnit.SECONDS);

    System.out.printf("%nQueue load: %d kiosks, %d windows, %d board subscribers (%d connected), %.0f s measured, %s%n",
        kioskTokens.size(), windowTokens.size(), subscribers, connected, seconds,
        serviceMillis > 0 ? "each ticket served for " + serviceMillis + " ms" : "windows call as fast as answered");
    System.out.printf("%-10s %10s %9s %8s %8s %8s %8s%n", "operation", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms");
    long total = 0;
    for (String op : List.of("issue", "call-next", "start", "complete")) {
      Histogram h = latency.get(op);
      total += h.getTotalCount();
      row(op, h, seconds);
    }
    System.out.printf("%-10s %10d %9.0f%n", "all ops", total, total / seconds);
    row("board", latency.get("board"), seconds);
    System.out.println("(board = delay from a call's calledAt to its arrival at a subscriber, all subscribers counted)");
    System.out.println("errors: " + errors);
    System.out.println("tickets called twice: " + doubleCalls.get());
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      verify(jdbcUrl);
    }
    System.exit(0);
  }

  private static void row(String op, Histogram h, double seconds) {
    System.out.printf("%-10s %10d %9.0f %8.1f %8.1f %8.1f %8.1f%n", op, h.getTotalCount(), h.getTotalCount() / seconds,
        h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0);
  }

  /** Numbers gapless per service and each ticket called at most once, straight from the database. */
  private static void verify(String jdbcUrl) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      ResultSet gaps = c.createStatement().executeQuery("""
          SELECT service_code, COUNT(*) AS n, MIN(number) AS lo, MAX(number) AS hi, COUNT(DISTINCT number) AS d
            FROM ticket WHERE hall_code = 'PERF' AND number IS NOT NULL GROUP BY service_code ORDER BY service_code
          """);
      while (gaps.next()) {
        boolean gapless = gaps.getInt("lo") == 1 && gaps.getInt("hi") == gaps.getInt("n") && gaps.getInt("d") == gaps.getInt("n");
        System.out.printf("service %s: %d numbers, 1..%d, %s%n", gaps.getString(1), gaps.getInt("n"), gaps.getInt("hi"),
            gapless ? "gapless and unique" : "GAPS OR DUPLICATES");
      }
      ResultSet twice = c.createStatement().executeQuery("""
          SELECT COUNT(*) FROM (SELECT ticket_id FROM ticket_event WHERE hall_code = 'PERF' AND type = 'CALLED'
           GROUP BY ticket_id HAVING COUNT(*) > 1) x
          """);
      twice.next();
      System.out.println("tickets with more than one CALLED event: " + twice.getLong(1));
    }
  }

  private static String post(HttpClient http, String url, String token, String body, String op,
      Map<String, Histogram> latency, Map<String, AtomicInteger> errors, AtomicBoolean measuring) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30));
    request = body == null ? request.POST(HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long micros = (System.nanoTime() - t0) / 1000;
      if (measuring.get()) {
        latency.get(op).recordValue(Math.min(micros, TimeUnit.MINUTES.toMicros(1)));
      }
      int status = response.statusCode();
      if (status >= 400) {
        errors.computeIfAbsent(op + " " + status, k -> new AtomicInteger()).incrementAndGet();
        return null;
      }
      return status == 204 ? "" : response.body();
    } catch (IOException | InterruptedException e) {
      errors.computeIfAbsent(op + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
      return null;
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One display board: measures how long each call took to arrive. */
  static final class BoardListener implements Flow.Subscriber<String> {
    private static final Pattern CALLED_AT = Pattern.compile("\"calledAt\":\"([^\"]+)\"");
    private final Histogram latency;
    private final AtomicBoolean measuring;
    volatile boolean connected;

    BoardListener(Histogram latency, AtomicBoolean measuring) {
      this.latency = latency;
      this.measuring = measuring;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      connected = true;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (line.startsWith("data:") && measuring.get()) {
        Matcher m = CALLED_AT.matcher(line);
        if (m.find()) {
          Instant calledAt = OffsetDateTime.parse(m.group(1)).toInstant();
          long micros = Duration.between(calledAt, Instant.now()).toNanos() / 1000;
          latency.recordValue(Math.max(0, Math.min(micros, TimeUnit.MINUTES.toMicros(1))));
        }
      }
    }

    @Override
    public void onError(Throwable throwable) {
      connected = false;
    }

    @Override
    public void onComplete() {
      connected = false;
    }
  }

}

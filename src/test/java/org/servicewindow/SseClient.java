package org.servicewindow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A minimal server-sent-events client for tests, shared by the board's stream (queue, which resumes from an id)
 * and the devices' streams (feedback, which send a bearer token as the evaluator page's script does).
 */
public final class SseClient implements AutoCloseable {

  public record Event(String id, String name, String data) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  private SseClient(HttpRequest.Builder request) {
    request.header("Accept", "text/event-stream");
    response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    // read on a thread of our own: a callback on an already completed future would run in (and block) the caller
    response.thenAcceptAsync(r -> {
      String id = null;
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line : (Iterable<String>) r.body()::iterator) {
        if (line.isEmpty()) {
          if (name != null) {
            events.add(new Event(id, name, data.toString()));
          }
          id = null;
          name = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).trim());
        }
      }
    }, Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sse-test-client");
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** Connects, resuming after {@code lastEventId} when it is not null (the Last-Event-ID header). */
  public static SseClient resuming(String url, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    return new SseClient(request);
  }

  /** Connects with a bearer token (a device's), or anonymously when it is null. */
  public static SseClient withBearer(String url, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return new SseClient(request);
  }

  /** The HTTP status the server answered with. */
  public int status() throws Exception {
    return response.get(10, TimeUnit.SECONDS).statusCode();
  }

  /** Waits until the server has answered the request, so events published later are not missed. */
  public SseClient connected() throws Exception {
    response.get(10, TimeUnit.SECONDS);
    Thread.sleep(100);
    return this;
  }

  /** Waits until at least {@code count} events arrived (or the timeout passed) and returns them all. */
  public List<Event> await(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (events.size() < count && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    return events();
  }

  /** Waits until an event matching {@code wanted} arrived (or fails after the timeout) and returns it. */
  public Event await(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Event e : events) {
        if (wanted.test(e)) {
          return e;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no such event within " + timeout + "; got " + events);
  }

  /** The events so far. */
  public List<Event> events() {
    return new ArrayList<>(events);
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}

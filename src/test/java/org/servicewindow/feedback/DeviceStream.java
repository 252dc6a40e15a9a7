package org.servicewindow.feedback;

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

/** A device's server-sent-events connection for tests, with its bearer token (what the evaluator page's script does). */
class DeviceStream implements AutoCloseable {

  record Event(String id, String name, String data) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  DeviceStream(String url, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
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
      Thread thread = new Thread(runnable, "device-stream-test");
      thread.setDaemon(true);
      return thread;
    }));
  }

  int status() throws Exception {
    return response.get(10, TimeUnit.SECONDS).statusCode();
  }

  /** Waits until an event matching {@code wanted} arrived (or fails after the timeout) and returns it. */
  Event await(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
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

  List<Event> events() {
    return new ArrayList<>(events);
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}

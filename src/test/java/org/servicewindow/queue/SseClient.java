package org.servicewindow.queue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A minimal server-sent-events client for tests: connects, parses events, can resume from an id. */
class SseClient implements AutoCloseable {

  record Event(String id, String name, String data) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  SseClient(String url, String lastEventId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
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
    }, java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sse-test-client");
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** Waits until at least {@code count} events arrived (or the timeout passed) and returns them all. */
  List<Event> await(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (events.size() < count && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    return new ArrayList<>(events);
  }

  /** Waits until the server has answered the request, so events published later are not missed. */
  SseClient connected() throws Exception {
    response.get(10, java.util.concurrent.TimeUnit.SECONDS);
    Thread.sleep(100);
    return this;
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}

package org.servicewindow.queue.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.WindowSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The display boards (and citizen pages) connected to this node, by hall. A call is sent to each as an
 * SSE event whose id is the call's place in the hall's history, so a board that reconnects with
 * {@code Last-Event-ID} gets exactly the calls it missed — none lost, none twice.
 */
@Component
public class HallBoards {

  private static final Logger log = LoggerFactory.getLogger(HallBoards.class);
  private static final Duration WINDOW_NAMES = Duration.ofMinutes(5);
  /** Threads that write a round's calls to the boards, a group each. */
  private static final int SENDERS = 4;

  /** What a board shows and says for a call (api.md: event {@code ticket-called}). */
  public record CallMessage(String number, String windowCode, String windowName, OffsetDateTime calledAt,
      String announcement, boolean recall) {}

  private static final class Subscriber {
    final SseEmitter emitter;
    final AtomicLong lastSent;

    Subscriber(SseEmitter emitter, long lastSent) {
      this.emitter = emitter;
      this.lastSent = new AtomicLong(lastSent);
    }
  }

  private final Map<String, Set<Subscriber>> byHall = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> lastDelivered = new ConcurrentHashMap<>();
  private final Map<String, String> windowNames = new ConcurrentHashMap<>();
  private final Tickets tickets;
  private final OrganizationApi organization;
  private final Clock clock;
  private final JsonMapper json;
  private final BlockingQueue<Tickets.CallRecord> pending = new LinkedBlockingQueue<>();
  private final Thread dispatcher;
  private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
    Thread t = new Thread(r, "sw-board-send");
    t.setDaemon(true);
    return t;
  });
  private volatile long windowNamesLoaded;

  HallBoards(Tickets tickets, OrganizationApi organization, Clock clock, JsonMapper json) {
    this.tickets = tickets;
    this.organization = organization;
    this.clock = clock;
    this.json = json;
    this.dispatcher = new Thread(this::dispatch, "sw-board-dispatch");
    dispatcher.setDaemon(true);
    dispatcher.start();
  }

  /**
   * Connects a board. With {@code lastEventId} the calls after it are replayed first; live calls wait
   * for the replay (the subscriber's lock) and are not sent twice.
   */
  public SseEmitter subscribe(String hall, Long lastEventId) {
    SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
    Subscriber subscriber = new Subscriber(emitter, lastEventId == null ? 0 : lastEventId);
    Set<Subscriber> subscribers = byHall.computeIfAbsent(hall, h -> ConcurrentHashMap.newKeySet());
    Runnable remove = () -> subscribers.remove(subscriber);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    synchronized (subscriber) {
      subscribers.add(subscriber);
      try {
        emitter.send(SseEmitter.event().comment("connected"));
        if (lastEventId != null) {
          List<Tickets.CallRecord> missed = tickets.callsAfter(hall, lastEventId, 500);
          send(subscriber, missed, missed.stream().map(c -> json.writeValueAsString(toMessage(c))).toList());
        }
      } catch (IOException | IllegalStateException e) {
        remove.run();
      }
    }
    return emitter;
  }

  /**
   * Hands a committed call to the boards of its hall on this node. The calls are sent by one dispatcher
   * thread in the order they arrive here (commit order); when calls come faster than a round over all
   * boards takes, the next round sends each board everything pending in one write — so delay stays about
   * one round however busy the hall, instead of a backlog growing call by call.
   */
  public void deliver(Tickets.CallRecord call) {
    lastDelivered.computeIfAbsent(call.hallCode(), h -> new AtomicLong()).accumulateAndGet(call.eventId(), Math::max);
    Set<Subscriber> subscribers = byHall.get(call.hallCode());
    if (subscribers != null && !subscribers.isEmpty()) {
      pending.add(call);
    }
  }

  private void dispatch() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        List<Tickets.CallRecord> batch = new ArrayList<>();
        batch.add(pending.take());
        pending.drainTo(batch, 1_000);
        Map<String, List<Tickets.CallRecord>> byHallInOrder = new LinkedHashMap<>();
        batch.forEach(c -> byHallInOrder.computeIfAbsent(c.hallCode(), h -> new ArrayList<>()).add(c));
        byHallInOrder.forEach(this::sendToHall);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        log.warn("Board delivery failed: {}", e.toString());
      }
    }
  }

  private void sendToHall(String hall, List<Tickets.CallRecord> calls) {
    Set<Subscriber> subscribers = byHall.get(hall);
    if (subscribers == null || subscribers.isEmpty()) {
      return;
    }
    // written once, sent to every board: a hall's boards all get the same bytes
    List<String> messages = calls.stream().map(c -> json.writeValueAsString(toMessage(c))).toList();
    // in a few groups side by side: a board whose connection stalls a write holds up its group only, and a round over
    // a thousand boards takes a fraction as long; the round ends when every group is through (order per board holds)
    List<List<Subscriber>> groups = new ArrayList<>();
    for (int i = 0; i < SENDERS; i++) {
      groups.add(new ArrayList<>());
    }
    int i = 0;
    for (Subscriber s : subscribers) {
      groups.get(i++ % SENDERS).add(s);
    }
    CompletableFuture.allOf(groups.stream().filter(g -> !g.isEmpty())
        .map(g -> CompletableFuture.runAsync(() -> sendAll(g, subscribers, calls, messages), senders))
        .toArray(CompletableFuture[]::new)).join();
  }

  private void sendAll(List<Subscriber> group, Set<Subscriber> subscribers, List<Tickets.CallRecord> calls,
      List<String> messages) {
    for (Subscriber s : group) {
      synchronized (s) {
        try {
          send(s, calls, messages);
        } catch (IOException | IllegalStateException e) {
          log.debug("Board gone: {}", e.getMessage());
          subscribers.remove(s);
        }
      }
    }
  }

  /** After this node missed notifications (its listening connection was lost), sends what it missed. */
  public void catchUp() {
    lastDelivered.forEach((hall, last) -> tickets.callsAfter(hall, last.get(), 500).forEach(this::deliver));
  }

  public int subscriberCount() {
    return byHall.values().stream().mapToInt(Set::size).sum();
  }

  /** Keeps idle connections open through proxies and notices boards that went away. */
  @Scheduled(fixedDelay = 20_000)
  void heartbeat() {
    byHall.values().forEach(set -> set.forEach(s -> {
      try {
        s.emitter.send(SseEmitter.event().comment("keep-alive"));
      } catch (IOException | IllegalStateException e) {
        set.remove(s);
      }
    }));
  }

  public CallMessage toMessage(Tickets.CallRecord call) {
    String windowName = windowName(call.windowCode());
    return new CallMessage(call.number(), call.windowCode(), windowName, ChinaTime.toOffset(call.calledAt()),
        "请" + call.number() + "号到" + windowName + "办理", call.recall());
  }

  /** Sends the calls this board has not had yet, in one write; the caller holds the subscriber's lock. */
  private void send(Subscriber s, List<Tickets.CallRecord> calls, List<String> messages) throws IOException {
    Set<ResponseBodyEmitter.DataWithMediaType> events = new LinkedHashSet<>();
    long last = s.lastSent.get();
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).eventId() > last) {
        last = calls.get(i).eventId();
        events.addAll(SseEmitter.event().id(Long.toString(last)).name("ticket-called").data(messages.get(i)).build());
      }
    }
    if (!events.isEmpty()) {
      s.emitter.send(events);
      s.lastSent.set(last);
    }
  }

  private String windowName(String code) {
    long now = clock.millis();
    if (now - windowNamesLoaded > WINDOW_NAMES.toMillis()) {
      windowNames.clear();
      windowNamesLoaded = now;
    }
    return windowNames.computeIfAbsent(code, c -> organization.window(c).map(WindowSummary::name).orElse(c));
  }

  /**
   * Ends every board connection when this node shuts down, so a rolling restart does not wait for them
   * (graceful shutdown would) and the boards reconnect with {@code Last-Event-ID} to another node at once.
   */
  @EventListener(ContextClosedEvent.class)
  void disconnectAll() {
    dispatcher.interrupt();
    senders.shutdownNow();
    byHall.values().forEach(set -> {
      set.forEach(s -> s.emitter.complete());
      set.clear();
    });
  }

  List<String> halls() {
    return List.copyOf(byHall.keySet());
  }
}

package org.servicewindow.queue.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
  private volatile long windowNamesLoaded;

  HallBoards(Tickets tickets, OrganizationApi organization, Clock clock, JsonMapper json) {
    this.tickets = tickets;
    this.organization = organization;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Connects a board. With {@code lastEventId} the calls after it are replayed first; live calls that
   * arrive meanwhile are not sent twice.
   */
  public SseEmitter subscribe(String hall, Long lastEventId) {
    SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
    Subscriber subscriber = new Subscriber(emitter, lastEventId == null ? Long.MAX_VALUE : lastEventId);
    Set<Subscriber> subscribers = byHall.computeIfAbsent(hall, h -> ConcurrentHashMap.newKeySet());
    subscribers.add(subscriber);
    Runnable remove = () -> subscribers.remove(subscriber);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      emitter.send(SseEmitter.event().comment("connected"));
      if (lastEventId != null) {
        synchronized (subscriber) {
          for (Tickets.CallRecord missed : tickets.callsAfter(hall, lastEventId, 500)) {
            send(subscriber, missed, json.writeValueAsString(toMessage(missed)));
          }
          if (subscriber.lastSent.get() == Long.MAX_VALUE) {
            subscriber.lastSent.set(lastEventId);
          }
        }
      } else {
        subscriber.lastSent.set(0);
      }
    } catch (IOException | IllegalStateException e) {
      remove.run();
    }
    return emitter;
  }

  /** Sends a committed call to every board of its hall on this node. */
  public void deliver(Tickets.CallRecord call) {
    lastDelivered.computeIfAbsent(call.hallCode(), h -> new AtomicLong()).accumulateAndGet(call.eventId(), Math::max);
    Set<Subscriber> subscribers = byHall.get(call.hallCode());
    if (subscribers == null || subscribers.isEmpty()) {
      return;
    }
    // written once, sent to every board: a hall's boards all get the same bytes
    String message = json.writeValueAsString(toMessage(call));
    for (Subscriber s : subscribers) {
      synchronized (s) {
        send(s, call, message);
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

  private void send(Subscriber s, Tickets.CallRecord call, String message) {
    if (s.lastSent.get() != Long.MAX_VALUE && call.eventId() <= s.lastSent.get()) {
      return;
    }
    try {
      s.emitter.send(SseEmitter.event().id(Long.toString(call.eventId())).name("ticket-called")
          .data(message));
      s.lastSent.set(Math.max(s.lastSent.get() == Long.MAX_VALUE ? 0 : s.lastSent.get(), call.eventId()));
    } catch (IOException | IllegalStateException e) {
      log.debug("Board gone: {}", e.getMessage());
      byHall.getOrDefault(call.hallCode(), Set.of()).remove(s);
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
    byHall.values().forEach(set -> {
      set.forEach(s -> s.emitter.complete());
      set.clear();
    });
  }

  List<String> halls() {
    return List.copyOf(byHall.keySet());
  }
}

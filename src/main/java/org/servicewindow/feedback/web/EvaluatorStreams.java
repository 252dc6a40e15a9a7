package org.servicewindow.feedback.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.servicewindow.feedback.web.EvaluatorScreens.ScreenJson;
import org.servicewindow.queue.WindowSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluator devices connected to this node, by window. The screen state lives in the database and
 * any node may change it; the queue's {@link WindowSignals} tells this node which window changed, and the
 * window's screen is read once and pushed to its devices as event {@code screen} (id = the state's version).
 */
@Component
class EvaluatorStreams {

  private static final Logger log = LoggerFactory.getLogger(EvaluatorStreams.class);

  private final Map<String, Set<SseEmitter>> byWindow = new ConcurrentHashMap<>();
  /** The version last pushed per window, for the heartbeat's look for a signal that never came. */
  private final Map<String, Long> pushed = new ConcurrentHashMap<>();
  private final EvaluatorScreens screens;
  private final JsonMapper json;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sw-evaluator-push");
    t.setDaemon(true);
    return t;
  });
  private final WindowSignals.Subscription subscription;

  EvaluatorStreams(EvaluatorScreens screens, JsonMapper json, WindowSignals signals) {
    this.screens = screens;
    this.json = json;
    this.subscription = signals.subscribe(window -> sender.execute(() -> push(window)));
  }

  /** Connects a device and sends it its window's screen at once. */
  SseEmitter subscribe(String window) {
    SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
    String key = window == null ? "" : window;
    Set<SseEmitter> emitters = byWindow.computeIfAbsent(key, w -> ConcurrentHashMap.newKeySet());
    Runnable remove = () -> emitters.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    synchronized (emitter) {
      emitters.add(emitter);
      try {
        ScreenJson screen = screens.of(window);
        send(emitter, screen);
        pushed.put(key, screen.version());
      } catch (IOException | IllegalStateException e) {
        remove.run();
      }
    }
    return emitter;
  }

  private void push(String window) {
    List<String> windows = WindowSignals.EVERY_WINDOW.equals(window) ? List.copyOf(byWindow.keySet()) : List.of(window);
    for (String w : windows) {
      Set<SseEmitter> emitters = byWindow.get(w);
      if (emitters == null || emitters.isEmpty()) {
        continue;
      }
      try {
        ScreenJson screen = screens.of(w.isEmpty() ? null : w);
        pushed.put(w, screen.version());
        for (SseEmitter e : emitters) {
          synchronized (e) {
            try {
              send(e, screen);
            } catch (IOException | IllegalStateException gone) {
              emitters.remove(e);
            }
          }
        }
      } catch (RuntimeException e) {
        log.warn("Could not push the evaluator screen of {}: {}", w, e.toString());
      }
    }
  }

  private void send(SseEmitter emitter, ScreenJson screen) throws IOException {
    emitter.send(SseEmitter.event().id(Long.toString(screen.version())).name("screen")
        .data(json.writeValueAsString(screen)));
  }

  int connected() {
    return byWindow.values().stream().mapToInt(Set::size).sum();
  }

  /**
   * Keeps idle connections open through proxies and notices devices that went away; and pushes any window whose
   * screen moved on without a signal reaching this node (one lost with a node that died right after a commit).
   */
  @Scheduled(fixedDelayString = "${sw.feedback.evaluator-heartbeat:PT20S}")
  void heartbeat() {
    byWindow.forEach((window, set) -> {
      set.forEach(e -> {
        synchronized (e) {
          try {
            e.send(SseEmitter.event().comment("keep-alive"));
          } catch (IOException | IllegalStateException gone) {
            set.remove(e);
          }
        }
      });
      if (!set.isEmpty()) {
        sender.execute(() -> {
          if (screens.of(window.isEmpty() ? null : window).version() != pushed.getOrDefault(window, -1L)) {
            push(window);
          }
        });
      }
    });
  }

  /** Ends every device connection on shutdown, so the devices reconnect to another node at once. */
  @EventListener(ContextClosedEvent.class)
  void disconnectAll() {
    subscription.close();
    sender.shutdownNow();
    byWindow.values().forEach(set -> {
      set.forEach(SseEmitter::complete);
      set.clear();
    });
  }
}

package org.servicewindow.dashboard.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live views' SSE streams on this node. Each stream gets a fresh snapshot read from the database
 * every few seconds and at once when this node handles an event of its hall — so with several nodes a
 * view is at most one tick behind an event another node handled, and no node keeps state another needs.
 */
@Component
public class LiveHallStreams {

  private static final Logger log = LoggerFactory.getLogger(LiveHallStreams.class);

  private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
  private final LiveHall live;
  private final PublicScreen screen;
  private final OrganizationApi organization;

  LiveHallStreams(LiveHall live, PublicScreen screen, OrganizationApi organization) {
    this.live = live;
    this.screen = screen;
    this.organization = organization;
  }

  /** Opens a stream of the hall's live view ({@code publicScreen}: the entrance screen's figures). */
  public SseEmitter open(HallSummary hall, boolean publicScreen) {
    SseEmitter emitter = new SseEmitter(0L);
    String key = (publicScreen ? "screen:" : "live:") + hall.code();
    List<SseEmitter> list = streams.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
    list.add(emitter);
    Runnable remove = () -> list.remove(emitter);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    push(key, List.of(emitter));
    return emitter;
  }

  /** Something happened in the hall: push fresh snapshots now. */
  public void changed(String hallCode) {
    push("live:" + hallCode, streams.getOrDefault("live:" + hallCode, List.of()));
    push("screen:" + hallCode, streams.getOrDefault("screen:" + hallCode, List.of()));
  }

  @Scheduled(fixedDelayString = "${sw.dashboard.live-interval:PT5S}", initialDelayString = "PT10S")
  void tick() {
    streams.forEach((key, list) -> {
      if (!list.isEmpty()) {
        push(key, list);
      }
    });
  }

  private void push(String key, List<SseEmitter> emitters) {
    if (emitters.isEmpty()) {
      return;
    }
    String hallCode = key.substring(key.indexOf(':') + 1);
    HallSummary hall = organization.hall(hallCode).orElse(null);
    if (hall == null) {
      return;
    }
    Object data;
    try {
      data = key.startsWith("screen:") ? screen.of(hall) : live.of(hall);
    } catch (RuntimeException e) {
      log.warn("live snapshot of {} failed", hallCode, e);
      return;
    }
    for (SseEmitter emitter : emitters) {
      try {
        emitter.send(SseEmitter.event().name("snapshot").data(data, MediaType.APPLICATION_JSON));
      } catch (IOException | IllegalStateException e) {
        streams.getOrDefault(key, List.of()).remove(emitter);
      }
    }
  }
}

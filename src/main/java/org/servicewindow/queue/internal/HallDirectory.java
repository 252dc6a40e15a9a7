package org.servicewindow.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.servicewindow.organization.AbsenceCancelled;
import org.servicewindow.organization.AbsenceRecorded;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.StaffSummary;
import org.servicewindow.organization.WindowServicesChanged;
import org.servicewindow.organization.WindowSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the queue needs to know about windows and halls, looked up once and kept for a few seconds: calling a
 * ticket must not ask the organization about every window of the hall, or read the hall's settings, each time. A
 * change of a window's services, an absence or the queue's own settings on this node clears it at once (and once
 * more when its transaction ends); other nodes, and roster changes, are seen within {@link #FRESH}.
 */
@Component
public class HallDirectory {

  static final Duration FRESH = Duration.ofSeconds(15);

  private record Entry<T>(T value, Instant until) {}

  private final OrganizationApi organization;
  private final QueueServices queueServices;
  private final QueueSettings settings;
  private final Clock clock;
  private final Map<String, Entry<?>> entries = new ConcurrentHashMap<>();

  HallDirectory(OrganizationApi organization, QueueServices queueServices, QueueSettings settings, Clock clock) {
    this.organization = organization;
    this.queueServices = queueServices;
    this.settings = settings;
    this.clock = clock;
  }

  public Optional<org.servicewindow.organization.HallSummary> hall(String code) {
    return cached("hall:" + code, () -> organization.hall(code));
  }

  public Optional<WindowSummary> window(String code) {
    return cached("window:" + code, () -> organization.window(code));
  }

  public Optional<QueueServices.QueueService> service(String hall, String service) {
    return services(hall).stream().filter(s -> s.serviceCode().equals(service)).findFirst();
  }

  public List<QueueServices.QueueService> services(String hall) {
    return cached("services:" + hall, () -> queueServices.ofHall(hall));
  }

  /** The services a window calls for: its own, plus those of windows whose staff it stands in for (AB岗). */
  public Set<String> servicesCalledAt(WindowSummary window) {
    return cached("calledAt:" + window.code(), () -> {
      Instant now = clock.instant();
      Set<String> result = new LinkedHashSet<>(organization.servicesOf(window.code()));
      Optional<StaffSummary> here = organization.responsibleStaffFor(window.code(), now);
      if (here.isPresent()) {
        for (WindowSummary other : organization.windowsOf(window.hallCode())) {
          if (!other.code().equals(window.code())
              && organization.responsibleStaffFor(other.code(), now).map(s -> s.id().equals(here.get().id())).orElse(false)) {
            result.addAll(organization.servicesOf(other.code()));
          }
        }
      }
      return Set.copyOf(result);
    });
  }

  /**
   * The staff member answerable for a window (roster, absences, A/B posts): the person behind each press of its
   * caller pad, so looked up once per {@link #FRESH} rather than with three queries per press.
   */
  public Optional<StaffSummary> responsibleStaff(WindowSummary window) {
    return cached("staff:" + window.code(), () -> organization.responsibleStaffFor(window.code(), clock.instant()));
  }

  /** How many open windows of a hall handle a service (for the wait estimate). */
  public int openWindowsFor(String hall, String service) {
    return cached("open:" + hall + "/" + service, () -> (int) organization.windowsHandling(hall, service).stream()
        .filter(WindowSummary::open).count());
  }

  /** A hall's queue settings: every "call next" and recall reads them. */
  public QueueSettings.Settings settings(String hall) {
    return cached("settings:" + hall, () -> settings.of(hall));
  }

  /** After the queue's own settings changed (a service added, a prefix changed, the hall's settings saved). */
  public void forgetHall(String hall) {
    forget(k -> k.equals("services:" + hall) || k.equals("settings:" + hall) || k.startsWith("open:" + hall + "/"));
  }

  @EventListener
  void on(WindowServicesChanged event) {
    forget(k -> true);
  }

  @EventListener
  void on(AbsenceRecorded event) {
    forgetStaffing();
  }

  @EventListener
  void on(AbsenceCancelled event) {
    forgetStaffing();
  }

  private void forgetStaffing() {
    forget(k -> k.startsWith("calledAt:") || k.startsWith("staff:"));
  }

  /**
   * Drops entries now and, inside a transaction, once more when it ends (a read by another thread meanwhile kept
   * the old values); reads inside that transaction keep nothing, since it may still roll back.
   */
  private void forget(Predicate<String> keys) {
    entries.keySet().removeIf(keys);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      if (!TransactionSynchronizationManager.hasResource(this)) {
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
      }
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(HallDirectory.this);
          entries.keySet().removeIf(keys);
        }
      });
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, Supplier<T> load) {
    Instant now = clock.instant();
    Entry<?> entry = entries.get(key);
    if (entry != null && entry.until().isAfter(now)) {
      return (T) entry.value();
    }
    T value = load.get();
    if (!TransactionSynchronizationManager.hasResource(this)) { // never keep what a transaction has not committed
      entries.put(key, new Entry<>(value, now.plus(FRESH)));
    }
    return value;
  }
}

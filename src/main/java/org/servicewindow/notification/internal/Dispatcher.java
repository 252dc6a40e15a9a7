package org.servicewindow.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Gateway;
import org.servicewindow.notification.NotificationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims due messages (each node its own, rows locked by another are skipped),
 * sends them outside any transaction, records each attempt, backs off after failures and gives up after
 * the last attempt. A channel without a gateway records the message as simulated.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
public class Dispatcher {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final Duration CLAIM = Duration.ofMinutes(2);

  private final Outbox outbox;
  private final Map<Channel, Gateway> gateways = new EnumMap<>(Channel.class);
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final NotificationProperties properties;
  private final Clock clock;

  Dispatcher(
      Outbox outbox,
      List<Gateway> gateways,
      ObjectProvider<JavaMailSender> mail,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      NotificationProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    mail.ifAvailable(sender -> this.gateways.put(Channel.EMAIL, new SmtpGateway(sender, properties.mailFrom())));
    gateways.forEach(g -> this.gateways.put(g.channel(), g));
  }

  @Scheduled(fixedDelayString = "${sw.notification.poll-interval:PT5S}", initialDelayString = "PT10S")
  void poll() {
    if (properties.pollEnabled()) {
      try {
        dispatchDue();
      } catch (RuntimeException e) {
        log.warn("Notification dispatch failed; will try again", e);
      }
    }
  }

  /** Delivers every message that is due now; returns how many attempts were made. */
  public int dispatchDue() {
    int attempts = 0;
    while (true) {
      Instant now = clock.instant();
      List<Outbox.Entry> batch = transactions.execute(
          tx -> outbox.claimDue(now, now.plus(CLAIM), properties.batchSize()));
      if (batch == null || batch.isEmpty()) {
        return attempts;
      }
      for (Outbox.Entry entry : batch) {
        deliver(entry);
        attempts++;
      }
    }
  }

  private void deliver(Outbox.Entry entry) {
    Gateway gateway = gateways.get(entry.channel());
    if (gateway == null) {
      transactions.executeWithoutResult(tx -> outbox.delivered(entry.id(), Outbox.Status.SIMULATED, clock.instant(),
          "no " + entry.channel() + " gateway configured"));
      return;
    }
    try {
      gateway.send(entry.recipient(), entry.subject(), entry.body());
      transactions.executeWithoutResult(tx -> outbox.delivered(entry.id(), Outbox.Status.SENT, clock.instant(), null));
    } catch (Exception e) {
      int attempt = entry.attempts() + 1;
      Duration wait = properties.backoffAfter(attempt);
      Instant now = clock.instant();
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      transactions.executeWithoutResult(tx -> {
        outbox.attemptFailed(entry.id(), now, error, wait == null ? null : now.plus(wait));
        if (wait == null) {
          events.publishEvent(new NotificationFailed(entry.id(), entry.reference()));
        }
      });
      log.info("Notification {} attempt {} failed: {}", entry.id(), attempt, error);
    }
  }
}

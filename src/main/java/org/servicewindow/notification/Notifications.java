package org.servicewindow.notification;

import java.time.Clock;
import java.util.UUID;
import org.servicewindow.common.Ids;
import org.servicewindow.notification.internal.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues notifications. The text is rendered now and written to the outbox inside the caller's
 * transaction, so a message exists exactly when the business change that caused it was committed; the
 * dispatcher delivers it afterwards, with retries.
 */
@Service
public class Notifications {

  private final Outbox outbox;
  private final MessageSource messages;
  private final Clock clock;

  Notifications(Outbox outbox, MessageSource messages, Clock clock) {
    this.outbox = outbox;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional
  public UUID send(Notification notification) {
    Object[] args = notification.args().toArray();
    String subject = messages.getMessage("notification." + notification.template() + ".subject", args, notification.locale());
    String body = messages.getMessage("notification." + notification.template() + ".body", args, notification.locale());
    UUID id = Ids.newId(clock);
    outbox.add(id, notification.channel(), notification.recipient(), notification.template(), subject, body,
        notification.reference(), clock.instant());
    return id;
  }
}

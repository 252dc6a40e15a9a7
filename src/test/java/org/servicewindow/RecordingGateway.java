package org.servicewindow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Gateway;

/** The WeChat gateway of the tests: keeps every message it was given and fails on request. */
public class RecordingGateway implements Gateway {

  public record Sent(String recipient, String subject, String body) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToCome = new AtomicInteger();

  @Override
  public Channel channel() {
    return Channel.WECHAT;
  }

  @Override
  public void send(String recipient, String subject, String body) {
    if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("gateway unavailable");
    }
    sent.add(new Sent(recipient, subject, body));
  }

  public void failNext(int times) {
    failuresToCome.set(times);
  }

  public List<Sent> sentTo(String recipient) {
    return sent.stream().filter(s -> s.recipient().equals(recipient)).toList();
  }
}

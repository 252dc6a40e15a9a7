package org.servicewindow.notification;

/**
 * A way out of the system for one channel. The platform ships SMTP for e-mail; SMS and WeChat gateways
 * are operator-specific, so a deployment adds a bean for its provider. Without one, messages of that
 * channel are recorded as simulated (visible in the delivery log) instead of silently dropped.
 */
public interface Gateway {

  Channel channel();

  /**
   * Sends one message; returns normally when the provider accepted it.
   *
   * @throws Exception any failure; the outbox retries with back-off
   */
  void send(String recipient, String subject, String body) throws Exception;
}

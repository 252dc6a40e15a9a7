package org.servicewindow.feedback;

import org.servicewindow.TestAccounts;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.identity.internal.DeviceKind;
import org.servicewindow.queue.IssueChannel;
import org.servicewindow.queue.Priority;
import org.servicewindow.queue.QueueFixture;
import org.servicewindow.queue.QueueFixture.HallSetup;
import org.servicewindow.queue.QueueManagement;
import org.servicewindow.queue.TicketView;
import org.servicewindow.feedback.internal.RateableServices;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A fresh hall per test — its own unit, windows, staff with logins and queue services — so tests that
 * share one database never see each other's tickets.
 */
class FeedbackFixture {

  private final QueueFixture halls;
  private final TestAccounts accounts;
  private final QueueManagement queue;
  private final RateableServices rateable;

  FeedbackFixture(ApplicationContext context) {
    this.halls = new QueueFixture(context);
    this.accounts = context.getBean(TestAccounts.class);
    this.queue = context.getBean(QueueManagement.class);
    this.rateable = context.getBean(RateableServices.class);
  }

  /** A hall of its own, set up as the queue's tests set theirs up (see {@link QueueFixture#hall}). */
  HallSetup hall(int windowCount, String... serviceNames) {
    return halls.hall(windowCount, serviceNames);
  }

  HallSetup hall(int windowCount, boolean onlineTicketing, String... serviceNames) {
    return halls.hall(windowCount, onlineTicketing, serviceNames);
  }

  String kioskToken(String hall) {
    return accounts.deviceToken(DeviceKind.KIOSK, hall, null);
  }

  String callerToken(String hall, String window) {
    return accounts.deviceToken(DeviceKind.CALLER, hall, window);
  }

  String token(String username) {
    return accounts.token(username);
  }

  Actor actor(String username) {
    return accounts.actor(username);
  }

  String evaluatorToken(String hall, String window) {
    return accounts.deviceToken(DeviceKind.EVALUATOR, hall, window);
  }

  /** Issues a ticket and has window {@code n} call and start it (the citizen stands at the window). */
  TicketView serving(HallSetup h, int n) {
    Actor kiosk = new Actor(Actor.Kind.DEVICE, "device:kiosk", "取号机", Set.of(Role.DEVICE_KIOSK), null, h.hall(), null);
    queue.issue(new QueueManagement.IssueRequest(h.hall(), h.services().get(0), IssueChannel.KIOSK, Priority.NORMAL,
        null, null), kiosk);
    Actor staffMember = actor(h.staff(n));
    TicketView called = queue.callNext(h.window(n), staffMember).orElseThrow();
    return queue.start(called.id(), staffMember);
  }

  /** Completes the ticket being served at window {@code n} and waits until feedback has learnt its token. */
  String complete(HallSetup h, int n, UUID ticket) {
    TicketView done = queue.complete(ticket, actor(h.staff(n)));
    awaitRateable(done.evaluationToken());
    return done.evaluationToken();
  }

  /** A ticket served and completed at window 1; returns its evaluation token once it can be rated. */
  String completedTicket(HallSetup h) {
    return complete(h, 1, serving(h, 1).id());
  }

  void awaitRateable(String token) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (rateable.find(token).isEmpty()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("feedback never learnt the completed ticket " + token);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}

package org.servicewindow.feedback.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import org.servicewindow.feedback.Complaints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The complaint mailbox (电子邮箱, product.md §6): polls an IMAP inbox and puts every unread message on the
 * ledger as an e-mail complaint, then marks it read. Off unless {@code sw.feedback.imap.host} is set.
 */
@Component
public class ComplaintMailbox {

  private static final Logger log = LoggerFactory.getLogger(ComplaintMailbox.class);

  /** Where the mailbox is. */
  public record Mailbox(String host, int port, String username, String password, boolean ssl) {}

  private final Complaints complaints;
  private final Mailbox configured;

  ComplaintMailbox(Complaints complaints, @Value("${sw.feedback.imap.host:}") String host,
      @Value("${sw.feedback.imap.port:993}") int port, @Value("${sw.feedback.imap.username:}") String username,
      @Value("${sw.feedback.imap.password:}") String password, @Value("${sw.feedback.imap.ssl:true}") boolean ssl) {
    this.complaints = complaints;
    this.configured = host == null || host.isBlank() ? null : new Mailbox(host, port, username, password, ssl);
  }

  @Scheduled(fixedDelayString = "${sw.feedback.imap.interval:PT5M}", initialDelayString = "PT3M")
  void scheduled() {
    if (configured != null) {
      try {
        poll(configured);
      } catch (MessagingException | IOException e) {
        log.warn("Complaint mailbox {} could not be read: {}", configured.host(), e.getMessage());
      }
    }
  }

  /** Reads the unread messages of the inbox into the ledger; returns how many complaints it opened. */
  public int poll(Mailbox box) throws MessagingException, IOException {
    Properties props = new Properties();
    String protocol = box.ssl() ? "imaps" : "imap";
    props.put("mail.store.protocol", protocol);
    props.put("mail." + protocol + ".connectiontimeout", "10000");
    props.put("mail." + protocol + ".timeout", "20000");
    Session session = Session.getInstance(props);
    int opened = 0;
    try (Store store = session.getStore(protocol)) {
      store.connect(box.host(), box.port(), box.username(), box.password());
      try (Folder inbox = store.getFolder("INBOX")) {
        inbox.open(Folder.READ_WRITE);
        for (Message m : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          String sender = m.getFrom() != null && m.getFrom().length > 0 && m.getFrom()[0] instanceof InternetAddress a
              ? a.getAddress() : null;
          complaints.receiveMail(sender, m.getSubject(), text(m.getContent()));
          m.setFlag(Flags.Flag.SEEN, true);
          opened++;
        }
      }
    }
    return opened;
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart) {
          String nested = text(part.getContent());
          if (nested != null && !nested.isBlank()) {
            return nested;
          }
        }
      }
    }
    return "";
  }
}

package org.servicewindow.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.servicewindow.notification.Channel;
import org.servicewindow.notification.Gateway;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail over the SMTP server configured with {@code spring.mail.*}. */
class SmtpGateway implements Gateway {

  private final JavaMailSender mail;
  private final String from;

  SmtpGateway(JavaMailSender mail, String from) {
    this.mail = mail;
    this.from = from;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void send(String recipient, String subject, String body) throws Exception {
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(recipient);
    helper.setSubject(subject);
    helper.setText(body);
    mail.send(message);
  }
}

package org.servicewindow.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 problem details of the public API with localized title and detail, so every
 * error — from a controller, the security filters or the servlet container — has the same shape.
 */
@Component
public class Problems {

  /** One invalid field of a request body or parameter. */
  public record FieldError(String field, String message) {}

  private final MessageSource messages;
  private final JsonMapper json;

  Problems(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  public ProblemDetail of(int status, String messageKey, Object[] args, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("about:blank"));
    problem.setTitle(title(status, locale));
    if (messageKey != null) {
      problem.setDetail(messages.getMessage(messageKey, args, messageKey, locale));
      problem.setProperty("code", messageKey);
    }
    return problem;
  }

  public ProblemDetail invalid(List<FieldError> errors, Locale locale) {
    ProblemDetail problem = of(400, "problem.invalid", null, locale);
    problem.setProperty("errors", errors);
    return problem;
  }

  public String title(int status, Locale locale) {
    HttpStatus known = HttpStatus.resolve(status);
    String fallback = known == null ? String.valueOf(status) : known.getReasonPhrase();
    return messages.getMessage("problem." + status + ".title", null, fallback, locale);
  }

  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }
}

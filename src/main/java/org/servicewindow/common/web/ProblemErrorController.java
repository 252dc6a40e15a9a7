package org.servicewindow.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.servicewindow.common.Problems;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page (errors outside any controller: unknown paths, rejected requests). Browsers
 * get the localized HTML error templates; API clients get a problem document instead of Boot's default
 * JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

  private final Problems problems;

  ProblemErrorController(
      ErrorAttributes errorAttributes,
      WebProperties web,
      List<ErrorViewResolver> resolvers,
      Problems problems) {
    super(errorAttributes, web.getError(), resolvers);
    this.problems = problems;
  }

  @Override
  @RequestMapping
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    String key = switch (status.value()) {
      case 404 -> "problem.notFound";
      case 401 -> "problem.unauthenticated";
      case 403 -> "problem.forbidden";
      case 405 -> "problem.methodNotAllowed";
      case 400 -> "problem.malformed";
      default -> status.is5xxServerError() ? "problem.unexpected" : null;
    };
    var problem = problems.of(status.value(), key, null, LocaleContextHolder.getLocale());
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    if (problem.getDetail() != null) {
      body.put("detail", problem.getDetail());
      body.put("code", key);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}

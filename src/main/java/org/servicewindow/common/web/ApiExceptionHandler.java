package org.servicewindow.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every exception of an API controller into a localized RFC 9457 problem; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Problems problems;

  ApiExceptionHandler(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e) {
    return respond(problems.of(e.status(), e.messageKey(), e.args(), locale()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = problems.of(400, "problem.invalidValue", new Object[] {e.getValue()}, locale()).getDetail();
    return respond(problems.invalid(List.of(new Problems.FieldError(e.getName(), message)), locale()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken;
    return anonymous
        ? respond(problems.of(401, "problem.unauthenticated", null, locale()))
        : respond(problems.of(403, "problem.forbidden", null, locale()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error in API", e);
    return respond(problems.of(500, "problem.unexpected", null, locale()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return asObject(respond(problems.invalid(fieldErrors(ex.getBindingResult()), locale())));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Problems.FieldError> errors = new ArrayList<>();
    ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
        errors.add(new Problems.FieldError(
            result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
    return asObject(respond(problems.invalid(errors, locale())));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    int status = statusCode.value();
    String key = switch (status) {
      case 400 -> "problem.malformed";
      case 404 -> "problem.notFound";
      case 405 -> "problem.methodNotAllowed";
      case 415 -> "problem.unsupportedMediaType";
      default -> null;
    };
    return asObject(respond(problems.of(status, key, null, locale())));
  }

  private static List<Problems.FieldError> fieldErrors(BindingResult result) {
    List<Problems.FieldError> errors = new ArrayList<>();
    result.getFieldErrors().forEach(e -> errors.add(new Problems.FieldError(e.getField(), e.getDefaultMessage())));
    result.getGlobalErrors().forEach(e -> errors.add(new Problems.FieldError(e.getObjectName(), e.getDefaultMessage())));
    return errors;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
    return (ResponseEntity) entity;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}

package org.servicewindow.common.web;

import org.servicewindow.common.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A business refusal that reaches a page controller (an unknown record, a conflict) is shown as the
 * localized error page with its status, not as a server error. Unexpected exceptions fall through to
 * the container's 5xx page.
 */
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler {

  @ExceptionHandler(DomainException.class)
  ModelAndView domain(DomainException e) {
    return page(e.status(), e.messageKey(), e.args());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView typeMismatch() {
    return page(404, null, null);
  }

  private static ModelAndView page(int status, String detailKey, Object[] args) {
    ModelAndView view = new ModelAndView("error");
    view.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
    view.addObject("status", status);
    view.addObject("detailKey", detailKey);
    view.addObject("detailArgs", args == null ? new Object[0] : args);
    return view;
  }
}

package org.servicewindow.catalog.web;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Shows a form again with its errors, keeping what was typed. A form record bound from a request with a
 * value of the wrong type (a word for a number, an unknown choice) holds null there; the typed text lives
 * only in the error, so the errors are bound anew to the form shown, as binding failures.
 */
final class FormErrors {

  private FormErrors() {}

  static void show(Model model, String name, Object form, List<ObjectError> errors) {
    BindingResult shown = new BeanPropertyBindingResult(form, name);
    for (ObjectError e : errors) {
      shown.addError(e instanceof FieldError f && f.getRejectedValue() != null
          ? new FieldError(f.getObjectName(), f.getField(), f.getRejectedValue(), true, f.getCodes(), f.getArguments(),
              f.getDefaultMessage())
          : e);
    }
    model.addAttribute(name, form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, shown);
  }
}

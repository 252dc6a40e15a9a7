package org.servicewindow.organization.web;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for the organization forms, written once: save a valid form and redirect with a
 * flash message, or show the form again with the business rule's refusal on it (nothing typed is lost).
 */
final class Submissions {

  private Submissions() {}

  /**
   * @param save the write, run only when the form is valid
   * @param done the flash message for what was saved
   * @param next where to go after saving
   * @param again the form view, shown again on errors
   */
  static <T> String save(
      BindingResult errors,
      RedirectAttributes redirect,
      Supplier<T> save,
      Function<T, Flash> done,
      Function<T, String> next,
      Supplier<String> again) {
    return save(errors, redirect, save, done, next, again, Submissions::reject);
  }

  /** As {@link #save(BindingResult, RedirectAttributes, Supplier, Function, Function, Supplier)}, placing refusals itself. */
  static <T> String save(
      BindingResult errors,
      RedirectAttributes redirect,
      Supplier<T> save,
      Function<T, Flash> done,
      Function<T, String> next,
      Supplier<String> again,
      BiConsumer<BindingResult, DomainException> rejecter) {
    if (!errors.hasErrors()) {
      try {
        T saved = save.get();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, done.apply(saved));
        return "redirect:" + next.apply(saved);
      } catch (DomainException e) {
        rejecter.accept(errors, e);
      }
    }
    return again.get();
  }

  /** An action from a button (delete, cancel): redirects either way, with the outcome as the flash message. */
  static String act(RedirectAttributes redirect, Runnable action, Flash done, String next, String nextOnError) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, done);
      return "redirect:" + next;
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:" + nextOnError;
    }
  }

  static void reject(BindingResult errors, DomainException e) {
    errors.reject(e.messageKey(), e.args(), e.messageKey());
  }
}

package org.servicewindow.training.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Post/redirect/get for the training forms: save and redirect, or show the form again with the refusal. */
final class Forms {

  private Forms() {}

  static <T> String save(BindingResult errors, RedirectAttributes redirect, Supplier<T> save,
      Function<T, Flash> done, Function<T, String> next, Supplier<String> again) {
    if (!errors.hasErrors()) {
      try {
        T saved = save.get();
        redirect.addFlashAttribute(Flash.ATTRIBUTE, done.apply(saved));
        return "redirect:" + next.apply(saved);
      } catch (DomainException e) {
        errors.reject(e.messageKey(), e.args(), e.messageKey());
      }
    }
    return again.get();
  }

  /** A button's action: redirects either way, with the outcome as the flash message. */
  static String act(RedirectAttributes redirect, Runnable action, Flash done, String next) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, done);
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:" + next;
  }

  static Instant instant(LocalDateTime time) {
    return time == null ? null : time.atZone(ChinaTime.ZONE).toInstant();
  }

  static LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ChinaTime.ZONE);
  }
}

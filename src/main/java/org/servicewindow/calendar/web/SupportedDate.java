package org.servicewindow.calendar.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of a four-digit year, 1900–9999: ISO parsing also reads years like +99999, whose arithmetic
 * would leave the range of dates instead of answering.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SupportedDate.Validator.class)
@interface SupportedDate {

  String message() default "{calendar.date.unsupported}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  LocalDate FIRST = LocalDate.of(1900, 1, 1);
  LocalDate LAST = LocalDate.of(9999, 12, 31);

  class Validator implements ConstraintValidator<SupportedDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(FIRST) && !value.isAfter(LAST));
    }
  }
}

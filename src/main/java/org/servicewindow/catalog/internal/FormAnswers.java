package org.servicewindow.catalog.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.MergedField;
import org.servicewindow.catalog.MergedForm;
import org.servicewindow.common.PartyIds;

/**
 * Checks what an applicant typed into a merged form: required answers present, each answer of its
 * field's type — a date, a phone number, a citizen ID number or unified social credit code with a
 * valid check digit, one of the offered choices. Every answer is kept, right or wrong, so nothing typed
 * is lost when the form comes back with its errors.
 */
public final class FormAnswers {

  /** A wrong answer: the message key and its arguments. */
  public record Problem(String key, Object... args) {}

  /** The answers as typed (trimmed) and the problems by field key; valid when there are none. */
  public record Result(Map<String, String> values, Map<String, Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }

    public String value(String key) {
      return values.getOrDefault(key, "");
    }
  }

  static final int MAX_TEXT = 200;
  static final int MAX_LONG_TEXT = 2000;
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private FormAnswers() {}

  public static Result check(MergedForm form, Map<String, String> answers) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Problem> problems = new LinkedHashMap<>();
    for (MergedField merged : form.fields()) {
      FormField field = merged.field();
      String raw = answers.get(field.key());
      String value = raw == null ? "" : raw.strip();
      values.put(field.key(), value);
      Problem problem = problem(field, value);
      if (problem != null) {
        problems.put(field.key(), problem);
      }
    }
    return new Result(values, problems);
  }

  static Problem problem(FormField field, String value) {
    if (value.isEmpty()) {
      return field.required() ? new Problem("catalog.answer.required") : null;
    }
    int max = field.type() == FieldType.TEXTAREA ? MAX_LONG_TEXT : MAX_TEXT;
    if (value.length() > max) {
      return new Problem("catalog.answer.tooLong", max);
    }
    return switch (field.type()) {
      case NUMBER -> NUMBER.matcher(value).matches() ? null : new Problem("catalog.answer.number");
      case DATE -> isDate(value) ? null : new Problem("catalog.answer.date");
      case PHONE -> PHONE.matcher(value).matches() ? null : new Problem("catalog.answer.phone");
      case EMAIL -> EMAIL.matcher(value).matches() ? null : new Problem("catalog.answer.email");
      case ID_NUMBER -> isIdNumber(value) ? null : new Problem("catalog.answer.idNumber");
      case CREDIT_CODE -> isCreditCode(value) ? null : new Problem("catalog.answer.creditCode");
      case SELECT -> field.options().contains(value) ? null : new Problem("catalog.answer.option");
      case TEXT, TEXTAREA -> null;
    };
  }

  static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** A citizen ID number (GB 11643): 17 digits with a real birth date, and its check character. */
  public static boolean isIdNumber(String value) {
    return PartyIds.isResidentId(value);
  }

  /** A unified social credit code (GB 32100): 18 characters of its alphabet, the last a check character. */
  public static boolean isCreditCode(String value) {
    return PartyIds.isCreditCode(value);
  }
}

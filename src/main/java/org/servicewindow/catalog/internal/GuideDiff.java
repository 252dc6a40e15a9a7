package org.servicewindow.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ProcedureStep;
import org.servicewindow.catalog.RequiredMaterial;

/**
 * What changed between two versions of a guide, element by element, in words a reviewer can read:
 * materials matched by their code, form questions by their key, procedure steps by their place.
 */
public final class GuideDiff {

  /** A value as shown: a message key to translate, or text as written. Null stands for "absent". */
  public record Text(String key, String literal) {
    static Text of(String literal) {
      return literal == null || literal.isBlank() ? null : new Text(null, literal);
    }

    static Text key(String key) {
      return new Text(key, null);
    }
  }

  /**
   * One difference.
   *
   * @param section message key of the part of the guide
   * @param subject which material, step or question (text), or null for the guide's own elements
   * @param attribute message key of the element that changed
   * @param before the old value, null when it was added
   * @param after the new value, null when it was removed
   */
  public record Change(String section, String subject, String attribute, Text before, Text after) {
    public String kind() {
      return before == null ? "added" : after == null ? "removed" : "changed";
    }
  }

  private GuideDiff() {}

  public static List<Change> between(GuideContent a, GuideContent b) {
    return between(a, b, Map.of());
  }

  /** The differences, attached files named by their file names. */
  public static List<Change> between(GuideContent a, GuideContent b, Map<java.util.UUID, String> fileNames) {
    List<Change> changes = new ArrayList<>();
    String basic = "catalog.section.basic";
    field(changes, basic, "name", Text.of(a.name()), Text.of(b.name()));
    field(changes, basic, "type", enumText("catalog.type.", a.type()), enumText("catalog.type.", b.type()));
    field(changes, basic, "audience", enumText("catalog.audience.", a.audience()),
        enumText("catalog.audience.", b.audience()));
    field(changes, basic, "legalBasis", Text.of(a.legalBasis()), Text.of(b.legalBasis()));
    field(changes, basic, "conditions", Text.of(a.conditions()), Text.of(b.conditions()));
    field(changes, basic, "resultName", Text.of(a.resultName()), Text.of(b.resultName()));
    String limits = "catalog.section.limits";
    field(changes, limits, "legalLimitDays", number(a.legalLimitDays()), number(b.legalLimitDays()));
    field(changes, limits, "promisedLimitDays", number(a.promisedLimitDays()), number(b.promisedLimitDays()));
    field(changes, limits, "visits", number(a.visits()), number(b.visits()));
    field(changes, limits, "online", yesNo(a.online()), yesNo(b.online()));
    field(changes, limits, "charged", yesNo(a.charged()), yesNo(b.charged()));
    field(changes, limits, "fee", Text.of(a.fee()), Text.of(b.fee()));
    field(changes, limits, "feeBasis", Text.of(a.feeBasis()), Text.of(b.feeBasis()));
    String place = "catalog.section.place";
    field(changes, place, "place", Text.of(a.place()), Text.of(b.place()));
    field(changes, place, "hours", Text.of(a.hours()), Text.of(b.hours()));
    field(changes, place, "consultPhone", Text.of(a.consultPhone()), Text.of(b.consultPhone()));
    field(changes, place, "complaintPhone", Text.of(a.complaintPhone()), Text.of(b.complaintPhone()));
    a.lifeEvents().stream().filter(e -> !b.lifeEvents().contains(e)).forEach(e -> changes.add(
        new Change(basic, null, "catalog.guide.lifeEvents", Text.key("catalog.event." + e), null)));
    b.lifeEvents().stream().filter(e -> !a.lifeEvents().contains(e)).forEach(e -> changes.add(
        new Change(basic, null, "catalog.guide.lifeEvents", null, Text.key("catalog.event." + e))));
    materials(changes, a.materials(), b.materials(), fileNames);
    steps(changes, a.steps(), b.steps());
    formFields(changes, a.formFields(), b.formFields());
    return changes;
  }

  private static void materials(List<Change> changes, List<RequiredMaterial> a, List<RequiredMaterial> b,
      Map<java.util.UUID, String> fileNames) {
    String section = "catalog.section.materials";
    matched(changes, section, a, b, RequiredMaterial::code, m -> m.code() + " " + m.name(), RequiredMaterial::name,
        (subject, x, y) -> {
          attribute(changes, section, subject, "material.name", Text.of(x.name()), Text.of(y.name()));
          attribute(changes, section, subject, "material.source", Text.of(x.source()), Text.of(y.source()));
          attribute(changes, section, subject, "material.form", originalText(x.original()), originalText(y.original()));
          attribute(changes, section, subject, "material.copies", number(x.copies()), number(y.copies()));
          attribute(changes, section, subject, "material.medium", enumText("catalog.medium.", x.medium()),
              enumText("catalog.medium.", y.medium()));
          attribute(changes, section, subject, "material.required", requiredText(x.required()),
              requiredText(y.required()));
          attribute(changes, section, subject, "material.condition", Text.of(x.condition()), Text.of(y.condition()));
          attribute(changes, section, subject, "material.note", Text.of(x.note()), Text.of(y.note()));
          attribute(changes, section, subject, "material.blankForm", fileText(x.blankForm(), fileNames),
              fileText(y.blankForm(), fileNames));
          attribute(changes, section, subject, "material.sample", fileText(x.sample(), fileNames),
              fileText(y.sample(), fileNames));
        });
  }

  private static void formFields(List<Change> changes, List<FormField> a, List<FormField> b) {
    String section = "catalog.section.form";
    matched(changes, section, a, b, FormField::key, f -> f.key() + " " + f.label(), FormField::label,
        (subject, x, y) -> {
          attribute(changes, section, subject, "field.label", Text.of(x.label()), Text.of(y.label()));
          attribute(changes, section, subject, "field.type", enumText("catalog.fieldType.", x.type()),
              enumText("catalog.fieldType.", y.type()));
          attribute(changes, section, subject, "field.required", yesNo(x.required()), yesNo(y.required()));
          attribute(changes, section, subject, "field.options", Text.of(String.join("、", x.options())),
              Text.of(String.join("、", y.options())));
        });
  }

  private static void steps(List<Change> changes, List<ProcedureStep> a, List<ProcedureStep> b) {
    String section = "catalog.section.steps";
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      ProcedureStep x = i < a.size() ? a.get(i) : null;
      ProcedureStep y = i < b.size() ? b.get(i) : null;
      String subject = (i + 1) + ". " + (y != null ? y.name() : x.name());
      if (x == null || y == null) {
        changes.add(new Change(section, subject, "catalog.step.name", x == null ? null : Text.of(x.name()),
            y == null ? null : Text.of(y.name())));
        continue;
      }
      attribute(changes, section, subject, "step.name", Text.of(x.name()), Text.of(y.name()));
      attribute(changes, section, subject, "step.description", Text.of(x.description()), Text.of(y.description()));
      attribute(changes, section, subject, "step.counts", yesNo(x.countsTowardLimit()), yesNo(y.countsTowardLimit()));
    }
  }

  /** Pairs two lists by key: removed, added, and the attributes of those in both. */
  private static <T> void matched(List<Change> changes, String section, List<T> a, List<T> b, Function<T, String> key,
      Function<T, String> subject, Function<T, String> name, Pairwise<T> compare) {
    Map<String, T> before = byKey(a, key);
    Map<String, T> after = byKey(b, key);
    before.forEach((k, x) -> {
      if (!after.containsKey(k)) {
        changes.add(new Change(section, subject.apply(x), null, Text.of(name.apply(x)), null));
      }
    });
    after.forEach((k, y) -> {
      T x = before.get(k);
      if (x == null) {
        changes.add(new Change(section, subject.apply(y), null, null, Text.of(name.apply(y))));
      } else {
        compare.apply(subject.apply(y), x, y);
      }
    });
  }

  private interface Pairwise<T> {
    void apply(String subject, T before, T after);
  }

  private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    list.forEach(t -> map.putIfAbsent(key.apply(t), t));
    return map;
  }

  private static void field(List<Change> changes, String section, String name, Text before, Text after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(section, null, "catalog.guide." + name, before, after));
    }
  }

  private static void attribute(List<Change> changes, String section, String subject, String name, Text before,
      Text after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(section, subject, "catalog." + name, before == null ? Text.key("catalog.diff.none") : before,
          after == null ? Text.key("catalog.diff.none") : after));
    }
  }

  private static Text number(Integer n) {
    return n == null ? null : new Text(null, n.toString());
  }

  private static Text yesNo(boolean b) {
    return Text.key(b ? "catalog.yes" : "catalog.no");
  }

  private static Text originalText(boolean original) {
    return Text.key(original ? "catalog.material.original" : "catalog.material.copy");
  }

  private static Text requiredText(boolean required) {
    return Text.key(required ? "catalog.material.mandatory" : "catalog.material.conditional");
  }

  private static Text fileText(java.util.UUID file, Map<java.util.UUID, String> names) {
    return file == null ? null : new Text(null, names.getOrDefault(file, file.toString().substring(0, 8)));
  }

  private static Text enumText(String prefix, Enum<?> value) {
    return value == null ? null : Text.key(prefix + value.name());
  }
}

package org.servicewindow.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.MergedChecklist;
import org.servicewindow.catalog.MergedField;
import org.servicewindow.catalog.MergedForm;
import org.servicewindow.catalog.MergedMaterial;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.catalog.ServiceGuide;

/**
 * "一件事一次办": several items' materials and forms made into one checklist and one form. A document
 * (same material code) is asked for once, with the strictest of its requirements, so whoever follows the
 * merged checklist satisfies every item:
 * <ul>
 *   <li>required beats conditional (conditions of a material that stays conditional are all listed);</li>
 *   <li>original beats copy; the most copies asked for;</li>
 *   <li>paper and electronic asked by different items means both;</li>
 *   <li>name and source of its first appearance, every distinct note, the first blank form and sample.</li>
 * </ul>
 * A question (same field key) is asked once: required if any item requires it; of the most specific type
 * (any checked type beats free text, otherwise the first); a choice offers only the options every item
 * accepts (or, when they share none, the first item's); label of its first appearance.
 */
public final class Merging {

  static final String JOIN = "；";

  private Merging() {}

  public static MergedChecklist checklist(List<ServiceGuide> guides) {
    Grouped<RequiredMaterial> grouped = group(guides, GuideContent::materials, RequiredMaterial::code);
    List<MergedMaterial> merged = new ArrayList<>();
    grouped.byKey().forEach((code, all) -> merged.add(new MergedMaterial(strictest(all), grouped.items().get(code))));
    return new MergedChecklist(codes(guides), merged);
  }

  /** The one requirement that satisfies all of these requirements of the same document. */
  static RequiredMaterial strictest(List<RequiredMaterial> all) {
    RequiredMaterial first = all.get(0);
    boolean required = all.stream().anyMatch(RequiredMaterial::required);
    boolean original = all.stream().anyMatch(RequiredMaterial::original);
    int copies = all.stream().mapToInt(RequiredMaterial::copies).max().orElse(0);
    var medium = all.stream().map(RequiredMaterial::medium).reduce(first.medium(), (a, b) -> a.and(b));
    String source = all.stream().map(RequiredMaterial::source).filter(Merging::present).findFirst().orElse(null);
    String condition = required ? null : joined(all.stream().map(RequiredMaterial::condition).toList());
    String note = joined(all.stream().map(RequiredMaterial::note).toList());
    var blankForm = all.stream().map(RequiredMaterial::blankForm).filter(Objects::nonNull).findFirst().orElse(null);
    var sample = all.stream().map(RequiredMaterial::sample).filter(Objects::nonNull).findFirst().orElse(null);
    return new RequiredMaterial(first.code(), first.name(), source, original, copies, medium, required, condition, note,
        blankForm, sample);
  }

  public static MergedForm form(List<ServiceGuide> guides) {
    Grouped<FormField> grouped = group(guides, GuideContent::formFields, FormField::key);
    List<MergedField> merged = new ArrayList<>();
    grouped.byKey().forEach((key, all) -> merged.add(new MergedField(strictest(key, all), grouped.items().get(key))));
    return new MergedForm(codes(guides), merged);
  }

  /** Materials or questions of several guides by their code or key, with the items that have each. */
  private record Grouped<T>(Map<String, List<T>> byKey, Map<String, List<String>> items) {}

  private static <T> Grouped<T> group(List<ServiceGuide> guides, Function<GuideContent, List<T>> parts,
      Function<T, String> key) {
    Map<String, List<T>> byKey = new LinkedHashMap<>();
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (ServiceGuide guide : guides) {
      for (T part : parts.apply(guide.content())) {
        byKey.computeIfAbsent(key.apply(part), k -> new ArrayList<>()).add(part);
        List<String> codes = items.computeIfAbsent(key.apply(part), k -> new ArrayList<>());
        if (!codes.contains(guide.code())) {
          codes.add(guide.code());
        }
      }
    }
    return new Grouped<>(byKey, items);
  }

  private static List<String> codes(List<ServiceGuide> guides) {
    return guides.stream().map(ServiceGuide::code).toList();
  }

  static FormField strictest(String key, List<FormField> all) {
    FormField first = all.get(0);
    FieldType type = all.stream().map(FormField::type).filter(t -> !t.generic()).findFirst().orElse(first.type());
    boolean required = all.stream().anyMatch(FormField::required);
    List<String> options = List.of();
    if (type == FieldType.SELECT) {
      List<List<String>> choices = all.stream().filter(f -> f.type() == FieldType.SELECT).map(FormField::options).toList();
      Set<String> common = new LinkedHashSet<>(choices.get(0));
      choices.forEach(common::retainAll);
      options = common.isEmpty() ? choices.get(0) : List.copyOf(common);
    }
    return new FormField(key, first.label(), type, required, options);
  }

  private static String joined(List<String> texts) {
    Set<String> distinct = new LinkedHashSet<>();
    texts.stream().filter(Merging::present).map(String::strip).forEach(distinct::add);
    return distinct.isEmpty() ? null : String.join(JOIN, distinct);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}

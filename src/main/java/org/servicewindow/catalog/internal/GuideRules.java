package org.servicewindow.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.Medium;
import org.servicewindow.catalog.ProcedureStep;
import org.servicewindow.catalog.RequiredMaterial;

/**
 * The rules a service guide keeps. A draft may be unfinished but never malformed (codes, lengths, a
 * promised limit above the legal one); a guide submitted or published must also be complete — every
 * element product.md lists for a 办事指南, fee basis when it charges, online service when it needs no visit.
 */
public final class GuideRules {

  public static final String ITEM_CODE_REGEX = "[A-Z0-9][A-Z0-9_-]{1,31}";
  public static final String MATERIAL_CODE_REGEX = "[A-Z0-9][A-Z0-9_-]{1,31}";
  public static final String FIELD_KEY_REGEX = "[a-z][A-Za-z0-9]{0,39}";
  public static final String PHONE_REGEX = "[0-9+][0-9+\\- ]{3,19}";
  public static final int MAX_LIMIT_DAYS = 365;
  public static final int MAX_VISITS = 9;
  public static final int MAX_COPIES = 99;

  private static final Pattern ITEM_CODE = Pattern.compile(ITEM_CODE_REGEX);
  private static final Pattern MATERIAL_CODE = Pattern.compile(MATERIAL_CODE_REGEX);
  private static final Pattern FIELD_KEY = Pattern.compile(FIELD_KEY_REGEX);
  private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);

  private GuideRules() {}

  public static boolean isItemCode(String code) {
    return code != null && ITEM_CODE.matcher(code).matches();
  }

  /** Malformed content, refused even in a draft. */
  public static List<GuideProblem> draftProblems(GuideContent c) {
    List<GuideProblem> p = new ArrayList<>();
    text(p, "name", c.name(), 100, true);
    if (c.type() == null) {
      p.add(new GuideProblem("type", "catalog.rule.required"));
    }
    if (c.audience() == null) {
      p.add(new GuideProblem("audience", "catalog.rule.required"));
    }
    text(p, "legalBasis", c.legalBasis(), 4000, false);
    text(p, "conditions", c.conditions(), 4000, false);
    text(p, "fee", c.fee(), 500, false);
    text(p, "feeBasis", c.feeBasis(), 1000, false);
    text(p, "place", c.place(), 500, false);
    text(p, "hours", c.hours(), 500, false);
    text(p, "resultName", c.resultName(), 100, false);
    phone(p, "consultPhone", c.consultPhone());
    phone(p, "complaintPhone", c.complaintPhone());
    range(p, "legalLimitDays", c.legalLimitDays(), MAX_LIMIT_DAYS);
    range(p, "promisedLimitDays", c.promisedLimitDays(), MAX_LIMIT_DAYS);
    range(p, "visits", c.visits(), MAX_VISITS);
    if (c.legalLimitDays() != null && c.promisedLimitDays() != null && c.promisedLimitDays() > c.legalLimitDays()) {
      p.add(new GuideProblem("promisedLimitDays", "catalog.rule.promisedAboveLegal", c.promisedLimitDays(),
          c.legalLimitDays()));
    }
    materials(p, c.materials());
    steps(p, c.steps());
    fields(p, c.formFields());
    return p;
  }

  /** Everything wrong with a guide that is to be reviewed or published. */
  public static List<GuideProblem> completeProblems(GuideContent c) {
    List<GuideProblem> p = draftProblems(c);
    blank(p, "legalBasis", c.legalBasis());
    blank(p, "conditions", c.conditions());
    blank(p, "place", c.place());
    blank(p, "hours", c.hours());
    blank(p, "consultPhone", c.consultPhone());
    blank(p, "complaintPhone", c.complaintPhone());
    blank(p, "resultName", c.resultName());
    missing(p, "legalLimitDays", c.legalLimitDays());
    missing(p, "promisedLimitDays", c.promisedLimitDays());
    missing(p, "visits", c.visits());
    if (c.charged()) {
      blank(p, "fee", c.fee());
      blank(p, "feeBasis", c.feeBasis());
    }
    if (c.visits() != null && c.visits() == 0 && !c.online()) {
      p.add(new GuideProblem("visits", "catalog.rule.noVisitNeedsOnline"));
    }
    if (c.materials().isEmpty()) {
      p.add(new GuideProblem("materials", "catalog.rule.noMaterials"));
    }
    if (c.steps().isEmpty()) {
      p.add(new GuideProblem("steps", "catalog.rule.noSteps"));
    }
    return p;
  }

  public static void requireDraftShape(GuideContent c) {
    List<GuideProblem> problems = draftProblems(c);
    if (!problems.isEmpty()) {
      throw new InvalidGuideException(problems);
    }
  }

  public static void requireComplete(GuideContent c) {
    List<GuideProblem> problems = completeProblems(c);
    if (!problems.isEmpty()) {
      throw new InvalidGuideException(problems);
    }
  }

  private static void materials(List<GuideProblem> p, List<RequiredMaterial> materials) {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < materials.size(); i++) {
      RequiredMaterial m = materials.get(i);
      String at = "materials[" + i + "].";
      unique(p, at + "code", m.code(), MATERIAL_CODE, codes, "catalog.rule.materialCode", "catalog.rule.materialTwice");
      text(p, at + "name", m.name(), 200, true);
      text(p, at + "source", m.source(), 200, false);
      text(p, at + "note", m.note(), 500, false);
      text(p, at + "condition", m.condition(), 500, false);
      if (m.medium() == null) {
        p.add(new GuideProblem(at + "medium", "catalog.rule.required"));
      }
      if (m.copies() < 0 || m.copies() > MAX_COPIES) {
        p.add(new GuideProblem(at + "copies", "catalog.rule.range", 0, MAX_COPIES));
      } else if (m.copies() == 0 && m.medium() != null && m.medium() != Medium.ELECTRONIC) {
        p.add(new GuideProblem(at + "copies", "catalog.rule.paperNeedsCopies"));
      }
      if (!m.required() && (m.condition() == null || m.condition().isBlank())) {
        p.add(new GuideProblem(at + "condition", "catalog.rule.conditionRequired"));
      }
    }
  }

  private static void steps(List<GuideProblem> p, List<ProcedureStep> steps) {
    for (int i = 0; i < steps.size(); i++) {
      text(p, "steps[" + i + "].name", steps.get(i).name(), 100, true);
      text(p, "steps[" + i + "].description", steps.get(i).description(), 1000, false);
    }
  }

  private static void fields(List<GuideProblem> p, List<FormField> fields) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      FormField f = fields.get(i);
      String at = "formFields[" + i + "].";
      unique(p, at + "key", f.key(), FIELD_KEY, keys, "catalog.rule.fieldKey", "catalog.rule.fieldTwice");
      text(p, at + "label", f.label(), 100, true);
      if (f.type() == null) {
        p.add(new GuideProblem(at + "type", "catalog.rule.required"));
      } else if (f.type() == FieldType.SELECT) {
        if (f.options().isEmpty()) {
          p.add(new GuideProblem(at + "options", "catalog.rule.optionsRequired"));
        } else if (new HashSet<>(f.options()).size() != f.options().size()
            || f.options().stream().anyMatch(o -> o.isBlank() || o.length() > 100)) {
          p.add(new GuideProblem(at + "options", "catalog.rule.optionsShape"));
        }
      } else if (!f.options().isEmpty()) {
        p.add(new GuideProblem(at + "options", "catalog.rule.optionsOnlyForSelect"));
      }
    }
  }

  /** A code or key of the right shape, not seen before in the list. */
  private static void unique(List<GuideProblem> p, String field, String value, Pattern shape, Set<String> seen,
      String shapeKey, String twiceKey) {
    if (value == null || !shape.matcher(value).matches()) {
      p.add(new GuideProblem(field, shapeKey));
    } else if (!seen.add(value)) {
      p.add(new GuideProblem(field, twiceKey, value));
    }
  }

  private static void text(List<GuideProblem> p, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        p.add(new GuideProblem(field, "catalog.rule.required"));
      }
    } else if (value.length() > max) {
      p.add(new GuideProblem(field, "catalog.rule.tooLong", max));
    }
  }

  private static void blank(List<GuideProblem> p, String field, String value) {
    if ((value == null || value.isBlank()) && p.stream().noneMatch(x -> field.equals(x.field()))) {
      p.add(new GuideProblem(field, "catalog.rule.required"));
    }
  }

  private static void missing(List<GuideProblem> p, String field, Integer value) {
    if (value == null && p.stream().noneMatch(x -> field.equals(x.field()))) {
      p.add(new GuideProblem(field, "catalog.rule.required"));
    }
  }

  private static void range(List<GuideProblem> p, String field, Integer value, int max) {
    if (value != null && (value < 0 || value > max)) {
      p.add(new GuideProblem(field, "catalog.rule.range", 0, max));
    }
  }

  private static void phone(List<GuideProblem> p, String field, String value) {
    if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
      p.add(new GuideProblem(field, "catalog.rule.phone"));
    }
  }
}

package org.servicewindow.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.FieldType;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.Medium;
import org.servicewindow.catalog.ProcedureStep;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.catalog.internal.Texts;

/**
 * The draft editor's form: the guide's elements, and its materials, steps and form questions as rows.
 * Rows left empty are ignored, so the page can always offer a few blank ones for adding without script.
 */
record GuideForm(
    String name,
    ItemType type,
    Audience audience,
    String resultName,
    List<LifeEvent> lifeEvents,
    String legalBasis,
    String conditions,
    List<MaterialRow> materials,
    List<StepRow> steps,
    Integer legalLimitDays,
    Integer promisedLimitDays,
    Integer visits,
    Boolean online,
    Boolean charged,
    String fee,
    String feeBasis,
    String place,
    String hours,
    String consultPhone,
    String complaintPhone,
    List<FieldRow> formFields,
    String changeNote) {

  static final int BLANK_ROWS = 2;

  record MaterialRow(
      String code, String name, String source, Boolean original, Integer copies, Medium medium, Boolean required,
      String condition, String note, UUID blankForm, UUID sample) {

    static MaterialRow blank() {
      return new MaterialRow(null, null, null, true, 1, Medium.PAPER, true, null, null, null, null);
    }

    boolean empty() {
      return absent(code) && absent(name) && absent(source) && absent(condition) && absent(note);
    }

    RequiredMaterial material() {
      return new RequiredMaterial(clean(code), clean(name), clean(source), !Boolean.FALSE.equals(original),
          copies == null ? 0 : copies, medium, !Boolean.FALSE.equals(required), clean(condition), clean(note),
          blankForm, sample);
    }
  }

  record StepRow(String name, String description, Boolean counted) {

    static StepRow blank() {
      return new StepRow(null, null, true);
    }

    boolean empty() {
      return absent(name) && absent(description);
    }
  }

  record FieldRow(String key, String label, FieldType type, Boolean required, String options) {

    static FieldRow blank() {
      return new FieldRow(null, null, FieldType.TEXT, true, null);
    }

    boolean empty() {
      return absent(key) && absent(label) && absent(options);
    }

    FormField field() {
      List<String> choices = absent(options) ? List.of()
          : Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
      return new FormField(clean(key), clean(label), type, !Boolean.FALSE.equals(required), choices);
    }
  }

  static GuideForm of(GuideContent c, String changeNote) {
    return new GuideForm(c.name(), c.type(), c.audience(), c.resultName(), new ArrayList<>(c.lifeEvents()),
        c.legalBasis(), c.conditions(),
        c.materials().stream().map(m -> new MaterialRow(m.code(), m.name(), m.source(), m.original(), m.copies(),
            m.medium(), m.required(), m.condition(), m.note(), m.blankForm(), m.sample())).toList(),
        c.steps().stream().map(s -> new StepRow(s.name(), s.description(), s.countsTowardLimit())).toList(),
        c.legalLimitDays(), c.promisedLimitDays(), c.visits(), c.online(), c.charged(), c.fee(), c.feeBasis(),
        c.place(), c.hours(), c.consultPhone(), c.complaintPhone(),
        c.formFields().stream().map(f -> new FieldRow(f.key(), f.label(), f.type(), f.required(),
            String.join("\n", f.options()))).toList(),
        changeNote);
  }

  /** The same form without its empty rows, so row numbers match the content's. */
  GuideForm compact() {
    return new GuideForm(name, type, audience, resultName, lifeEvents, legalBasis, conditions,
        rows(materials).stream().filter(r -> !r.empty()).toList(),
        rows(steps).stream().filter(r -> !r.empty()).toList(),
        legalLimitDays, promisedLimitDays, visits, online, charged, fee, feeBasis, place, hours, consultPhone,
        complaintPhone, rows(formFields).stream().filter(r -> !r.empty()).toList(), changeNote);
  }

  /** The same form with blank rows to add materials, steps and questions. */
  GuideForm withBlankRows() {
    List<MaterialRow> m = new ArrayList<>(rows(materials));
    List<StepRow> s = new ArrayList<>(rows(steps));
    List<FieldRow> f = new ArrayList<>(rows(formFields));
    for (int i = 0; i < BLANK_ROWS; i++) {
      m.add(MaterialRow.blank());
      s.add(StepRow.blank());
      f.add(FieldRow.blank());
    }
    return new GuideForm(name, type, audience, resultName, lifeEvents, legalBasis, conditions, m, s, legalLimitDays,
        promisedLimitDays, visits, online, charged, fee, feeBasis, place, hours, consultPhone, complaintPhone, f,
        changeNote);
  }

  /** The content of a compact form; a free item keeps no fee text; an unticked box is no. */
  GuideContent content() {
    boolean charged = Boolean.TRUE.equals(this.charged);
    boolean online = Boolean.TRUE.equals(this.online);
    return new GuideContent(clean(name), type, audience, clean(legalBasis), clean(conditions),
        rows(materials).stream().map(MaterialRow::material).toList(),
        rows(steps).stream().map(s -> new ProcedureStep(clean(s.name()), clean(s.description()),
            !Boolean.FALSE.equals(s.counted()))).toList(),
        charged, charged ? clean(fee) : null, charged ? clean(feeBasis) : null, legalLimitDays, promisedLimitDays,
        visits, online, clean(place), clean(hours), clean(consultPhone), clean(complaintPhone), clean(resultName),
        lifeEvents == null ? List.of() : lifeEvents.stream().filter(java.util.Objects::nonNull).toList(),
        rows(formFields).stream().map(FieldRow::field).toList());
  }

  private static <T> List<T> rows(List<T> rows) {
    return rows == null ? List.of() : rows.stream().filter(java.util.Objects::nonNull).toList();
  }

  static boolean absent(String s) {
    return !Texts.present(s);
  }

  static String clean(String s) {
    return Texts.clean(s);
  }
}

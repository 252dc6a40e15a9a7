package org.servicewindow.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Everything a service guide (办事指南) tells the citizen, as its editor writes it. A draft may still be
 * incomplete (limits and counts are then null); a published guide is complete and never changes.
 *
 * @param charged false means 不收费, said explicitly
 * @param legalLimitDays the legal time limit in working days (法定办结时限), 0 = 即办
 * @param promisedLimitDays the promised limit in working days (承诺办结时限), never above the legal one
 * @param visits how many times the applicant comes to the hall (0 = 零跑动)
 * @param resultName what the applicant receives, e.g. 营业执照
 */
public record GuideContent(
    String name,
    ItemType type,
    Audience audience,
    String legalBasis,
    String conditions,
    List<RequiredMaterial> materials,
    List<ProcedureStep> steps,
    boolean charged,
    String fee,
    String feeBasis,
    Integer legalLimitDays,
    Integer promisedLimitDays,
    Integer visits,
    boolean online,
    String place,
    String hours,
    String consultPhone,
    String complaintPhone,
    String resultName,
    List<LifeEvent> lifeEvents,
    List<FormField> formFields) {

  public GuideContent {
    materials = materials == null ? List.of() : List.copyOf(materials);
    steps = steps == null ? List.of() : List.copyOf(steps);
    lifeEvents = lifeEvents == null ? List.of() : lifeEvents.stream().distinct().sorted().toList();
    formFields = formFields == null ? List.of() : List.copyOf(formFields);
  }

  /** A new item's first draft: only what the creator entered. */
  public static GuideContent named(String name, ItemType type, Audience audience) {
    return new GuideContent(name, type, audience, null, null, List.of(), List.of(), false, null, null, null, null,
        null, false, null, null, null, null, null, List.of(), List.of());
  }

  public Optional<RequiredMaterial> material(String code) {
    return materials.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /** Done on the spot (即办). */
  public boolean instant() {
    return promisedLimitDays != null && promisedLimitDays == 0;
  }
}

package org.servicewindow.catalog;

import java.time.Instant;
import java.util.List;

/** Guide contents and materials for the plain tests, complete unless a test changes them. */
final class Guides {

  private Guides() {}

  static GuideContent complete(String name) {
    return new GuideContent(name, ItemType.LICENSING, Audience.ENTERPRISE, "《中华人民共和国行政许可法》", "申请材料齐全、符合法定形式。",
        List.of(material("ID-CARD", true, true, 1, Medium.PAPER)),
        List.of(new ProcedureStep("受理", "窗口受理", true), new ProcedureStep("现场核查", "不计入时限", false)),
        false, null, null, 20, 5, 1, true, "宝鸡市政务服务中心", "工作日 9:00–17:00", "0917-3261000", "0917-3263678",
        "许可证", List.of(LifeEvent.BUSINESS_START), List.of(field("idNumber", FieldType.ID_NUMBER, true)));
  }

  static RequiredMaterial material(String code, boolean required, boolean original, int copies, Medium medium) {
    return new RequiredMaterial(code, "材料" + code, "申请人自备", original, copies, medium, required,
        required ? null : "特定情形下提交", null, null, null);
  }

  static FormField field(String key, FieldType type, boolean required, String... options) {
    return new FormField(key, "问题" + key, type, required, List.of(options));
  }

  static ServiceGuide guide(String code, List<RequiredMaterial> materials, List<FormField> fields) {
    GuideContent c = complete(code);
    return new ServiceGuide(code, 1, "U", Instant.EPOCH, new GuideContent(c.name(), c.type(), c.audience(),
        c.legalBasis(), c.conditions(), materials, c.steps(), c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(),
        c.promisedLimitDays(), c.visits(), c.online(), c.place(), c.hours(), c.consultPhone(), c.complaintPhone(),
        c.resultName(), c.lifeEvents(), fields));
  }

  /** The guide with other limits, visits and fee. */
  static GuideContent with(GuideContent c, Integer legal, Integer promised, Integer visits, boolean online,
      boolean charged, String fee, String feeBasis) {
    return new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), c.materials(), c.steps(),
        charged, fee, feeBasis, legal, promised, visits, online, c.place(), c.hours(), c.consultPhone(),
        c.complaintPhone(), c.resultName(), c.lifeEvents(), c.formFields());
  }

  static GuideContent withMaterials(GuideContent c, List<RequiredMaterial> materials) {
    return new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), materials, c.steps(),
        c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(), c.promisedLimitDays(), c.visits(), c.online(),
        c.place(), c.hours(), c.consultPhone(), c.complaintPhone(), c.resultName(), c.lifeEvents(), c.formFields());
  }

  static GuideContent withFields(GuideContent c, List<FormField> fields) {
    return new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), c.materials(), c.steps(),
        c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(), c.promisedLimitDays(), c.visits(), c.online(),
        c.place(), c.hours(), c.consultPhone(), c.complaintPhone(), c.resultName(), c.lifeEvents(), fields);
  }
}

package org.servicewindow.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.servicewindow.catalog.FormField;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.MergedField;
import org.servicewindow.catalog.MergedMaterial;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.catalog.internal.Bundle;
import org.servicewindow.catalog.internal.PublicGuides;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog for kiosks, mini-programs and other systems (api.md, "Catalog"): the published items,
 * paged and searchable, and a guide with exactly the fields of the contract (and a few more); bundles
 * and merged checklists besides. Public: guides are published for everyone.
 */
@RestController
@Tag(name = "Catalog", description = "Service items, their published guides, one-matter bundles")
class CatalogApiController {

  /** An item in the paged list (api.md's fields first). */
  record ServiceJson(String code, String name, String unitCode, String unitName, String type, int promisedLimitDays,
      int version) {}

  record MaterialJson(String code, String name, boolean required, boolean original, int copies, String note,
      String source, String medium, String condition, String blankFormUrl, String sampleUrl) {}

  record StepJson(String name, String description, boolean countsTowardLimit) {}

  record FieldJson(String key, String label, String type, boolean required, List<String> options) {}

  /** A guide: api.md's fields, then the version in force and the rest of the guide. */
  record GuideJson(
      String code, String name, String unitCode, String unitName, String type, String legalBasis, String conditions,
      List<MaterialJson> materials, List<StepJson> steps, String fee, String feeBasis, int legalLimitDays,
      int promisedLimitDays, int visits, boolean online, String place, String hours, String consultPhone,
      String complaintPhone, int version, OffsetDateTime publishedAt, String typeName, String audience,
      boolean charged, String resultName, List<String> lifeEvents, List<FieldJson> formFields, String url) {}

  record BundleJson(String code, String name, String kind, String description, String lifeEvent,
      List<String> itemCodes, List<String> mandatoryItemCodes) {}

  record MergedMaterialJson(MaterialJson material, List<String> neededFor) {}

  record MergedFieldJson(FieldJson field, List<String> askedBy) {}

  /** Several items merged: the bundle (if any), the items, one checklist, one form. */
  record MergedJson(BundleJson bundle, List<ServiceJson> items, List<MergedMaterialJson> checklist,
      List<MergedFieldJson> form) {}

  private final PublicGuides guides;
  private final GuideLinks links;
  private final MessageSource messages;

  CatalogApiController(PublicGuides guides, GuideLinks links, MessageSource messages) {
    this.guides = guides;
    this.links = links;
    this.messages = messages;
  }

  @GetMapping(path = "/api/v1/services", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Published service items, paged; search by words or pinyin initials, by unit, by hall")
  Paged<ServiceJson> services(
      @Parameter(description = "words of the name, code or result, the unit's name, or pinyin initials (spjyxk)")
      @RequestParam(required = false) String q,
      @Parameter(description = "implementing unit code") @RequestParam(required = false) String unit,
      @Parameter(description = "only items handled at a window of this hall") @RequestParam(required = false) String hall,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return guides.search(q, unit, hall, null, PageQuery.of(page, size)).map(CatalogApiController::service);
  }

  @GetMapping(path = "/api/v1/services/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The published guide of a service item (404 when unknown or not published)")
  GuideJson service(@PathVariable String code) {
    ServiceGuide guide = guides.guide(code);
    GuideContent c = guide.content();
    return new GuideJson(guide.code(), c.name(), guide.unitCode(), guides.unitName(guide.unitCode()), c.type().name(),
        c.legalBasis(), c.conditions(), c.materials().stream().map(this::material).toList(),
        c.steps().stream().map(s -> new StepJson(s.name(), s.description(), s.countsTowardLimit())).toList(),
        c.charged() ? c.fee() : text("catalog.fee.free"), c.feeBasis(), c.legalLimitDays(), c.promisedLimitDays(),
        c.visits(), c.online(), c.place(), c.hours(), c.consultPhone(), c.complaintPhone(), guide.version(),
        ChinaTime.toOffset(guide.publishedAt()), text("catalog.type." + c.type()), c.audience().name(), c.charged(),
        c.resultName(), c.lifeEvents().stream().map(Enum::name).toList(),
        c.formFields().stream().map(CatalogApiController::field).toList(),
        links.absolute(links.guide(guide.code())));
  }

  @GetMapping(path = "/api/v1/bundles", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One-matter bundles (一件事一次办), paged")
  Paged<BundleJson> bundles(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return guides.bundles(PageQuery.of(page, size)).map(CatalogApiController::bundle);
  }

  @GetMapping(path = "/api/v1/bundles/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A bundle's items with one merged checklist and one merged form; a menu bundle takes the picked items")
  MergedJson bundle(
      @PathVariable String code,
      @Parameter(description = "optional items picked from a menu bundle (点餐式)") @RequestParam(required = false)
      List<String> items) {
    return merged(guides.bundleSelection(code, items));
  }

  @GetMapping(path = "/api/v1/checklists", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Merged checklist and form of any published items (点餐式); 404 names an unknown item")
  MergedJson checklist(@RequestParam List<String> items) {
    items.forEach(guides::guide); // 404 naming the first code that is not a published item
    return merged(guides.customSelection(items));
  }

  private MergedJson merged(PublicGuides.Selection s) {
    return new MergedJson(s.bundle() == null ? null : bundle(s.bundle()),
        s.items().stream().map(CatalogApiController::service).toList(),
        s.checklist().materials().stream().map(this::merged).toList(),
        s.form().fields().stream().map(CatalogApiController::merged).toList());
  }

  private MergedMaterialJson merged(MergedMaterial m) {
    return new MergedMaterialJson(material(m.requirement()), m.neededFor());
  }

  private static MergedFieldJson merged(MergedField f) {
    return new MergedFieldJson(field(f.field()), f.askedBy());
  }

  private MaterialJson material(RequiredMaterial m) {
    return new MaterialJson(m.code(), m.name(), m.required(), m.original(), m.copies(), m.note(), m.source(),
        m.medium().name(), m.condition(), absolute(links.file(m.blankForm())), absolute(links.file(m.sample())));
  }

  private String absolute(String path) {
    return path == null ? null : links.absolute(path);
  }

  private static FieldJson field(FormField f) {
    return new FieldJson(f.key(), f.label(), f.type().name(), f.required(), f.options());
  }

  private static ServiceJson service(PublicGuides.Result r) {
    return new ServiceJson(r.item().code(), r.item().name(), r.item().unitCode(), r.unitName(), r.item().type().name(),
        r.item().promisedLimitDays(), r.item().version());
  }

  private static BundleJson bundle(Bundle b) {
    return new BundleJson(b.code(), b.name(), b.kind().name(), b.description(),
        b.lifeEvent() == null ? null : b.lifeEvent().name(), b.itemCodes(), b.mandatoryCodes());
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}

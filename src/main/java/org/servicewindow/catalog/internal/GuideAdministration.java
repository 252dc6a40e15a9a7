package org.servicewindow.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.catalog.Audience;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.GuidePublished;
import org.servicewindow.catalog.ItemType;
import org.servicewindow.catalog.RequiredMaterial;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.Ids;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.servicewindow.organization.OrganizationApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way of a service guide from draft to the public: a unit admin (or the platform operator) creates an
 * item, edits a draft, submits it; someone else with the same rights publishes it or sends it back with a
 * reason. A published guide is changed only by publishing a new version. Every step is audited.
 */
@Service
public class GuideAdministration {

  /** What the creator of an item enters; the rest of its guide is written in the draft. */
  public record NewItem(String code, String unitCode, String name, ItemType type, Audience audience) {}

  /** An item with its published guide and its working copy (either may be absent). */
  public record ItemView(ServiceItem item, GuideVersion current, GuideVersion working) {}

  /** Which file of a material: the blank form to fill in, or a filled-in sample. */
  public enum Attachment {
    BLANK_FORM,
    SAMPLE
  }

  private final ServiceItems items;
  private final GuideVersions versions;
  private final CatalogFiles files;
  private final OrganizationApi organization;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  GuideAdministration(
      ServiceItems items,
      GuideVersions versions,
      CatalogFiles files,
      OrganizationApi organization,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.items = items;
    this.versions = versions;
    this.files = files;
    this.organization = organization;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public Paged<ServiceItems.Listing> search(Actor actor, ServiceItems.Criteria criteria, PageQuery page) {
    return items.search(criteria, actor.scope(), page);
  }

  public ItemView view(Actor actor, String code) {
    ServiceItem item = item(actor, code);
    GuideVersion current = item.currentVersion() == null ? null : versions.find(code, item.currentVersion()).orElse(null);
    GuideVersion working = item.workingVersion() == null ? null : versions.find(code, item.workingVersion()).orElse(null);
    return new ItemView(item, current, working);
  }

  public GuideVersion version(Actor actor, String code, int version) {
    item(actor, code);
    return versions.find(code, version).orElseThrow(() -> new NotFoundException("catalog.version.notFound", code, version));
  }

  public Paged<GuideVersions.Listing> history(Actor actor, String code, PageQuery page) {
    item(actor, code);
    return versions.history(code, page);
  }

  public List<GuideDiff.Change> diff(Actor actor, String code, int from, int to) {
    GuideContent a = version(actor, code, from).content();
    GuideContent b = version(actor, code, to).content();
    Map<UUID, String> names = new java.util.HashMap<>(fileNames(a));
    names.putAll(fileNames(b));
    return GuideDiff.between(a, b, names);
  }

  public Map<UUID, String> fileNames(GuideContent content) {
    return files.names(content.materials().stream()
        .flatMap(m -> java.util.stream.Stream.of(m.blankForm(), m.sample()))
        .filter(java.util.Objects::nonNull).toList());
  }

  public CatalogFile file(Actor actor, String code, UUID id) {
    item(actor, code);
    return files.find(id).filter(f -> f.itemCode().equals(code))
        .orElseThrow(() -> new NotFoundException("catalog.file.notFound"));
  }

  @Transactional
  public ServiceItem create(Actor actor, NewItem n) {
    String code = n.code() == null ? "" : n.code().strip();
    if (!GuideRules.isItemCode(code)) {
      throw new BusinessRuleException("catalog.item.codeShape");
    }
    String unit = Texts.clean(n.unitCode());
    if (unit == null || organization.unit(unit).isEmpty()) {
      throw new BusinessRuleException("catalog.item.unknownUnit", String.valueOf(unit));
    }
    if (!CatalogAccess.mayEdit(actor, unit)) {
      throw new BusinessRuleException("catalog.item.outsideScope");
    }
    if (items.exists(code)) {
      throw new ConflictException("catalog.item.codeTaken", code);
    }
    GuideContent content = GuideContent.named(Texts.clean(n.name()), n.type(), n.audience());
    GuideRules.requireDraftShape(content);
    Instant now = clock.instant();
    ServiceItem item = new ServiceItem(code, unit, null, 1, now, actor.username(), now);
    items.insert(item);
    GuideVersion draft = GuideVersion.first(code, content, actor.username(), now);
    versions.insert(draft);
    audit.record("catalog.item.created", "service-item", code, null, Map.of("unit", unit, "name", content.name()));
    return item;
  }

  /** Starts a new version from the published one; an item has one working copy at a time. */
  @Transactional
  public GuideVersion newDraft(Actor actor, String code) {
    ServiceItem item = editable(actor, code);
    if (item.workingVersion() != null) {
      throw new ConflictException("catalog.guide.workingExists", code, item.workingVersion());
    }
    GuideVersion current = versions.find(code, item.currentVersion())
        .orElseThrow(() -> new NotFoundException("catalog.version.notFound", code, item.currentVersion()));
    Instant now = clock.instant();
    GuideVersion draft = current.nextDraft(versions.nextVersion(code), actor.username(), now);
    if (!items.startWorking(code, draft.version(), now)) {
      throw new ConflictException("catalog.guide.workingExists", code, draft.version());
    }
    versions.insert(draft);
    audit.record("catalog.guide.draftCreated", "service-guide", code + "/" + draft.version(),
        Map.of("from", current.version()), Map.of("version", draft.version()));
    return draft;
  }

  @Transactional
  public GuideVersion save(Actor actor, String code, GuideContent content, String changeNote) {
    ServiceItem item = editable(actor, code);
    GuideVersion before = working(item);
    GuideRules.requireDraftShape(content);
    GuideVersion after = before.edit(content, Texts.clean(changeNote), actor.username(), clock.instant());
    versions.updateDraft(after);
    items.touch(code, after.editedAt());
    audit.record("catalog.guide.saved", "service-guide", code + "/" + after.version(), before.content(), after.content());
    return after;
  }

  @Transactional
  public GuideVersion submit(Actor actor, String code) {
    ServiceItem item = editable(actor, code);
    GuideVersion before = working(item);
    GuideVersion after = before.submit(actor.username(), clock.instant());
    versions.moved(after, GuideStatus.DRAFT);
    audit.record("catalog.guide.submitted", "service-guide", code + "/" + after.version(), GuideStatus.DRAFT,
        GuideStatus.IN_REVIEW);
    return after;
  }

  /** Publishes the version in review; the one published before becomes history. */
  @Transactional
  public GuideVersion approve(Actor actor, String code) {
    ServiceItem item = editable(actor, code);
    GuideVersion before = working(item);
    Instant now = clock.instant();
    GuideVersion after = before.approve(actor.username(), now);
    if (item.currentVersion() != null) {
      versions.find(code, item.currentVersion()).ifPresent(old -> versions.moved(old.supersede(), GuideStatus.PUBLISHED));
    }
    versions.moved(after, GuideStatus.IN_REVIEW);
    items.published(code, after.version(), now);
    audit.record("catalog.guide.published", "service-guide", code + "/" + after.version(),
        Map.of("status", GuideStatus.IN_REVIEW, "previous", String.valueOf(item.currentVersion())),
        Map.of("status", GuideStatus.PUBLISHED, "version", after.version()));
    events.publishEvent(new GuidePublished(code, after.version(), now));
    return after;
  }

  @Transactional
  public GuideVersion sendBack(Actor actor, String code, String comment) {
    ServiceItem item = editable(actor, code);
    GuideVersion before = working(item);
    GuideVersion after = before.sendBack(actor.username(), comment, clock.instant());
    versions.moved(after, GuideStatus.IN_REVIEW);
    audit.record("catalog.guide.returned", "service-guide", code + "/" + after.version(), GuideStatus.IN_REVIEW,
        Map.of("status", GuideStatus.DRAFT, "comment", after.reviewComment()));
    return after;
  }

  /**
   * Throws a draft away. A new item's only draft takes the item with it (nothing of it was ever published).
   *
   * @return whether the item is gone too
   */
  @Transactional
  public boolean discard(Actor actor, String code) {
    ServiceItem item = editable(actor, code);
    GuideVersion draft = working(item);
    if (draft.status() != GuideStatus.DRAFT) {
      throw new ConflictException("catalog.guide.notDraft", code, draft.version());
    }
    Instant now = clock.instant();
    items.stopWorking(code, now);
    versions.deleteDraft(code, draft.version());
    audit.record("catalog.guide.discarded", "service-guide", code + "/" + draft.version(), draft.content(), null);
    if (item.currentVersion() == null) {
      items.delete(code);
      audit.record("catalog.item.deleted", "service-item", code, Map.of("unit", item.unitCode()), null);
      return true;
    }
    return false;
  }

  /** Attaches a blank form or a sample to a material of the draft. */
  @Transactional
  public CatalogFile attach(Actor actor, String code, String materialCode, Attachment kind, String fileName,
      byte[] bytes) {
    ServiceItem item = editable(actor, code);
    GuideVersion before = working(item);
    RequiredMaterial material = before.content().material(materialCode)
        .orElseThrow(() -> new BusinessRuleException("catalog.file.noMaterial", String.valueOf(materialCode)));
    Instant now = clock.instant();
    CatalogFile file = FileUpload.accept(Ids.newId(clock), code, fileName, bytes, actor.username(), now);
    files.insert(file);
    replaceFile(actor, before, material, kind, file.id(), now);
    audit.record("catalog.file.attached", "service-guide", code + "/" + before.version(), null,
        Map.of("material", materialCode, "kind", kind, "file", file.id(), "name", file.fileName(),
            "size", file.size(), "sha256", file.sha256()));
    return file;
  }

  @Transactional
  public void detach(Actor actor, String code, String materialCode, Attachment kind) {
    ServiceItem item = editable(actor, code);
    GuideVersion before = working(item);
    RequiredMaterial material = before.content().material(materialCode)
        .orElseThrow(() -> new BusinessRuleException("catalog.file.noMaterial", String.valueOf(materialCode)));
    UUID old = kind == Attachment.BLANK_FORM ? material.blankForm() : material.sample();
    replaceFile(actor, before, material, kind, null, clock.instant());
    audit.record("catalog.file.detached", "service-guide", code + "/" + before.version(),
        Map.of("material", materialCode, "kind", kind, "file", String.valueOf(old)), null);
  }

  private void replaceFile(Actor actor, GuideVersion before, RequiredMaterial m, Attachment kind, UUID file,
      Instant now) {
    RequiredMaterial changed = new RequiredMaterial(m.code(), m.name(), m.source(), m.original(), m.copies(),
        m.medium(), m.required(), m.condition(), m.note(), kind == Attachment.BLANK_FORM ? file : m.blankForm(),
        kind == Attachment.SAMPLE ? file : m.sample());
    GuideContent c = before.content();
    List<RequiredMaterial> materials = c.materials().stream().map(x -> x.code().equals(m.code()) ? changed : x).toList();
    GuideContent content = new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), materials,
        c.steps(), c.charged(), c.fee(), c.feeBasis(), c.legalLimitDays(), c.promisedLimitDays(), c.visits(),
        c.online(), c.place(), c.hours(), c.consultPhone(), c.complaintPhone(), c.resultName(), c.lifeEvents(),
        c.formFields());
    GuideVersion after = before.edit(content, before.changeNote(), actor.username(), now);
    versions.updateDraft(after);
    items.touch(before.itemCode(), now);
  }

  private ServiceItem item(Actor actor, String code) {
    return items.find(code, actor.scope()).orElseThrow(() -> new NotFoundException("catalog.item.notFound", code));
  }

  /** The item, locked for this transaction, if the actor may write its guides. */
  private ServiceItem editable(Actor actor, String code) {
    ServiceItem item = item(actor, code);
    if (!CatalogAccess.mayEdit(actor, item.unitCode())) {
      throw new AccessDeniedException("read-only role for this item");
    }
    return items.lock(code).orElseThrow(() -> new NotFoundException("catalog.item.notFound", code));
  }

  private GuideVersion working(ServiceItem item) {
    if (item.workingVersion() == null) {
      throw new ConflictException("catalog.guide.noWorkingCopy", item.code());
    }
    return versions.find(item.code(), item.workingVersion())
        .orElseThrow(() -> new NotFoundException("catalog.version.notFound", item.code(), item.workingVersion()));
  }
}

package org.servicewindow.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.servicewindow.catalog.internal.Bundle;
import org.servicewindow.catalog.internal.BundleKind;
import org.servicewindow.catalog.internal.Bundles;
import org.servicewindow.catalog.internal.GuideVersion;
import org.servicewindow.catalog.internal.GuideVersions;
import org.servicewindow.catalog.internal.Merging;
import org.servicewindow.catalog.internal.ServiceItem;
import org.servicewindow.catalog.internal.ServiceItems;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask the catalog: a published item and its guide, the materials it requires,
 * the merged checklist and form of several items, and the version of the guide in force — which an
 * application or ticket keeps, so it can later show exactly what the citizen was told.
 */
@Service
public class Catalog {

  private final ServiceItems items;
  private final GuideVersions versions;
  private final Bundles bundles;

  Catalog(ServiceItems items, GuideVersions versions, Bundles bundles) {
    this.items = items;
    this.versions = versions;
    this.bundles = bundles;
  }

  /** The one-matter bundles (一件事一次办), by code; there are a few dozen at most. */
  public List<OneMatterBundle> bundles() {
    return bundles.list(new PageQuery(0, PageQuery.MAX_SIZE)).items().stream().map(Catalog::bundle).toList();
  }

  /** A one-matter bundle; empty when unknown. */
  public Optional<OneMatterBundle> bundle(String code) {
    return code == null ? Optional.empty() : bundles.find(code).map(Catalog::bundle);
  }

  private static OneMatterBundle bundle(Bundle b) {
    return new OneMatterBundle(b.code(), b.name(), b.kind() == BundleKind.MENU, b.description(),
        b.items().stream().map(m -> new OneMatterBundle.Item(m.itemCode(), m.mandatory())).toList());
  }

  /** A published item; empty when unknown or never published. */
  public Optional<ServiceItemSummary> find(String code) {
    return guide(code).map(g -> new ServiceItemSummary(g.code(), g.name(), g.unitCode(), g.content().type(),
        g.content().promisedLimitDays(), g.content().legalLimitDays(), g.version()));
  }

  /** The guide in force. */
  public Optional<ServiceGuide> guide(String code) {
    return items.find(code).filter(ServiceItem::published).flatMap(i -> published(i, i.currentVersion()));
  }

  /** A guide as it was published in that version (in force or since replaced), e.g. the one an application used. */
  public Optional<ServiceGuide> guide(String code, int version) {
    return items.find(code).flatMap(i -> published(i, version));
  }

  /** The number of the guide version in force. */
  public OptionalInt currentVersion(String code) {
    return items.find(code).filter(ServiceItem::published).map(i -> OptionalInt.of(i.currentVersion()))
        .orElse(OptionalInt.empty());
  }

  /** The materials the guide in force requires, in its order; empty for an unknown item. */
  public List<RequiredMaterial> materialsOf(String code) {
    return guide(code).map(g -> g.content().materials()).orElse(List.of());
  }

  /**
   * One checklist for several items: each document once, with the strictest requirement.
   *
   * @throws NotFoundException naming the first code that is not a published item
   */
  public MergedChecklist mergedChecklist(Collection<String> codes) {
    return Merging.checklist(guides(codes));
  }

  /**
   * One application form for several items: each question once.
   *
   * @throws NotFoundException naming the first code that is not a published item
   */
  public MergedForm mergedForm(Collection<String> codes) {
    return Merging.form(guides(codes));
  }

  private List<ServiceGuide> guides(Collection<String> codes) {
    return new LinkedHashSet<>(codes).stream()
        .map(code -> guide(code).orElseThrow(() -> new NotFoundException("catalog.item.notFound", code)))
        .toList();
  }

  private Optional<ServiceGuide> published(ServiceItem item, int version) {
    return versions.find(item.code(), version).filter(GuideVersion::published).map(v -> v.toGuide(item.unitCode()));
  }
}

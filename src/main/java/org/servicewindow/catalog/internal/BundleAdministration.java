package org.servicewindow.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-matter bundles (一件事一次办) are kept by the platform operator: they cross units, so no single
 * unit owns one. A bundle is made of published items — at least two; a fixed bundle of mandatory items
 * only, a menu of at least one the citizen may pick.
 */
@Service
public class BundleAdministration {

  /** What the operator enters for a bundle. */
  public record BundleDetails(
      String code, String name, BundleKind kind, String description, LifeEvent lifeEvent, List<String> mandatory,
      List<String> optional) {}

  static final int MAX_ITEMS = 12;

  private final Bundles bundles;
  private final ServiceItems items;
  private final AuditTrail audit;
  private final Clock clock;

  BundleAdministration(Bundles bundles, ServiceItems items, AuditTrail audit, Clock clock) {
    this.bundles = bundles;
    this.items = items;
    this.audit = audit;
    this.clock = clock;
  }

  public Paged<Bundle> list(PageQuery page) {
    return bundles.list(page);
  }

  public Bundle get(String code) {
    return bundles.find(code).orElseThrow(() -> new NotFoundException("catalog.bundle.notFound", code));
  }

  @Transactional
  public Bundle create(Actor actor, BundleDetails d) {
    requireKeeper(actor);
    String code = d.code() == null ? "" : d.code().strip();
    if (!GuideRules.isItemCode(code)) {
      throw new BusinessRuleException("catalog.bundle.codeShape");
    }
    if (bundles.exists(code)) {
      throw new ConflictException("catalog.bundle.codeTaken", code);
    }
    Instant now = clock.instant();
    Bundle bundle = build(code, d, now, now);
    bundles.insert(bundle);
    audit.record("catalog.bundle.created", "bundle", code, null, bundle);
    return bundle;
  }

  @Transactional
  public Bundle update(Actor actor, String code, BundleDetails d) {
    requireKeeper(actor);
    Bundle before = get(code);
    Bundle after = build(code, d, before.createdAt(), clock.instant());
    bundles.update(after);
    audit.record("catalog.bundle.updated", "bundle", code, before, after);
    return after;
  }

  @Transactional
  public void delete(Actor actor, String code) {
    requireKeeper(actor);
    Bundle before = get(code);
    bundles.delete(code);
    audit.record("catalog.bundle.deleted", "bundle", code, before, null);
  }

  private Bundle build(String code, BundleDetails d, Instant createdAt, Instant updatedAt) {
    String name = Texts.clean(d.name());
    if (name == null || name.length() > 100) {
      throw new BusinessRuleException("catalog.bundle.name");
    }
    String description = Texts.clean(d.description());
    if (description != null && description.length() > 1000) {
      throw new BusinessRuleException("catalog.bundle.description");
    }
    BundleKind kind = d.kind() == null ? BundleKind.FIXED : d.kind();
    List<String> optional = d.optional() == null ? List.of() : d.optional();
    if (kind == BundleKind.FIXED && !optional.isEmpty()) {
      throw new BusinessRuleException("catalog.bundle.fixedHasOptional");
    }
    if (kind == BundleKind.MENU && optional.isEmpty()) {
      throw new BusinessRuleException("catalog.bundle.menuNeedsOptional");
    }
    List<Bundle.Member> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : d.mandatory() == null ? List.<String>of() : d.mandatory()) {
      members.add(member(c, true, seen));
    }
    for (String c : optional) {
      members.add(member(c, false, seen));
    }
    if (members.size() < 2 || members.size() > MAX_ITEMS) {
      throw new BusinessRuleException("catalog.bundle.itemCount", 2, MAX_ITEMS);
    }
    return new Bundle(code, name, kind, description, d.lifeEvent(), members, createdAt, updatedAt);
  }

  private Bundle.Member member(String code, boolean mandatory, Set<String> seen) {
    if (!seen.add(code)) {
      throw new BusinessRuleException("catalog.bundle.itemTwice", code);
    }
    if (items.find(code).filter(ServiceItem::published).isEmpty()) {
      throw new BusinessRuleException("catalog.bundle.unknownItem", code);
    }
    return new Bundle.Member(code, mandatory);
  }

  private static void requireKeeper(Actor actor) {
    if (!CatalogAccess.mayKeepBundles(actor)) {
      throw new AccessDeniedException("bundles are kept by the platform operator");
    }
  }
}

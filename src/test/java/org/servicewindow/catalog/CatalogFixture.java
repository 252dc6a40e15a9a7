package org.servicewindow.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.TestAccounts;
import org.servicewindow.catalog.internal.GuideAdministration;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.springframework.context.ApplicationContext;

/**
 * Builds catalog records for tests through the same administration rules as the screens — written by a
 * unit admin, published by the platform operator — each with a fresh code so tests sharing one database
 * never meet each other's items.
 */
class CatalogFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  private final GuideAdministration guides;
  private final TestAccounts accounts;

  CatalogFixture(ApplicationContext context) {
    this.guides = context.getBean(GuideAdministration.class);
    this.accounts = context.getBean(TestAccounts.class);
  }

  String code(String prefix) {
    return prefix + "-" + run + SEQUENCE.incrementAndGet();
  }

  Actor sysadmin() {
    return accounts.actor("sysadmin");
  }

  /** The demo admin of 市行政审批服务局 (BJXZSPJ). */
  Actor unitAdmin() {
    return accounts.actor("unitadmin");
  }

  /** A unit admin of their own, e.g. a second one of a unit, or one of another unit. */
  Actor unitAdminOf(String unitCode) {
    String username = ("ua" + run + SEQUENCE.incrementAndGet()).toLowerCase();
    return accounts.createUser(username, "Catalog-Test-2026", unitCode, null, null, Role.UNIT_ADMIN);
  }

  /** A published item of BJXZSPJ with this content. */
  String published(GuideContent content) {
    return published("BJXZSPJ", unitAdmin(), content);
  }

  String published(String unitCode, Actor editor, GuideContent content) {
    String code = code("T");
    guides.create(editor, new GuideAdministration.NewItem(code, unitCode, content.name(), content.type(),
        content.audience()));
    guides.save(editor, code, content, "测试");
    guides.submit(editor, code);
    guides.approve(sysadmin(), code);
    return code;
  }

  /** A complete guide whose materials and questions are these. */
  static GuideContent guide(String name, List<RequiredMaterial> materials, List<FormField> fields) {
    return Guides.withFields(Guides.withMaterials(Guides.complete(name), materials), fields);
  }
}

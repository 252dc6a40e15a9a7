package org.servicewindow.enforcement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicewindow.common.PartyIds;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.springframework.context.ApplicationContext;

/**
 * Officers, discretion standards and cases of the demo's 市城管执法局 for the enforcement tests, created
 * through the module's API with unique names so tests never depend on each other.
 */
class EnforcementFixture {

  static final String UNIT = "BJCGZFJ";
  static final String OTHER_UNIT = "BJSCJGJ";
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));

  final Enforcement enforcement;
  final EnforcementPublication publication;
  final Actor admin = actor("enfadmin", UNIT, Role.UNIT_ADMIN);
  final Actor officer = actor("officer1", UNIT, Role.ENFORCEMENT_OFFICER);
  final Actor reviewer = actor("reviewer", UNIT, Role.LEGAL_REVIEWER);

  EnforcementFixture(ApplicationContext context) {
    this.enforcement = context.getBean(Enforcement.class);
    this.publication = context.getBean(EnforcementPublication.class);
  }

  static Actor actor(String username, String unit, Role role) {
    return new Actor(Actor.Kind.USER, username, username, Set.of(role), unit, null, null);
  }

  static String unique() {
    return String.format("%06d", SEQ.incrementAndGet());
  }

  Officer officer(String username) {
    return publication.addOfficer(admin, UNIT, "测试执法人员" + unique(), "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), username);
  }

  List<Officer> twoOfficers() {
    return List.of(officer("officer1"), officer(null));
  }

  Discretion discretion() {
    return publication.addDiscretion(admin, UNIT, "T-" + UUID.randomUUID().toString().substring(0, 8), "测试违法行为",
        "《测试条例》第一条", DiscretionLevel.GENERAL, "一般情节", "处 500 元罚款");
  }

  static String residentId(String birth) {
    String first17 = "610302" + birth + "123";
    return first17 + PartyIds.residentIdCheck(first17);
  }

  static String creditCode() {
    String first17 = "91610300" + String.format("%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + PartyIds.creditCodeCheck(first17);
  }

  NewCase newCase(CaseKind kind, List<Officer> officers) {
    return new NewCase(UNIT, kind, "测试案件 " + unique(), PartyType.COMPANY, "宝鸡测试有限公司" + unique(), creditCode(),
        null, null, "现场检查发现测试违法行为。", "《测试条例》第一条", discretion().id(),
        officers.stream().map(Officer::id).toList());
  }

  EnforcementCase filed(CaseKind kind) {
    return enforcement.file(officer, newCase(kind, twoOfficers()));
  }

  /** A case at notification with a proposed decision of the given amount. */
  EnforcementCase atNotification(CaseKind kind, BigDecimal amount) {
    EnforcementCase c = filed(kind);
    enforcement.advance(officer, c.id(), "开始调查", false);
    enforcement.propose(officer, c.id(), new Proposal("拟处罚款 " + amount + " 元", amount, false, false));
    return enforcement.advance(officer, c.id(), "告知", false);
  }

  /** A non-major case at the decision step. */
  EnforcementCase atDecision(CaseKind kind) {
    EnforcementCase c = atNotification(kind, new BigDecimal("500"));
    return enforcement.advance(officer, c.id(), "当事人未申辩", false);
  }
}

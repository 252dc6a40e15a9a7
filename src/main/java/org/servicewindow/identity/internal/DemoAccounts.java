package org.servicewindow.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.servicewindow.common.DemoData;
import org.servicewindow.common.Ids;
import org.servicewindow.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of api.md (password {@code Demo@2026}), created on first start of the demo profile
 * and printed at startup. They never exist in production.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  static final String HALL = "BJZWFW";
  static final String CENTRE_UNIT = "BJZWFWZX";
  static final int STAFF_COUNT = 40;

  private final Users users;
  private final PasswordEncoder encoder;
  private final Clock clock;

  DemoAccounts(Users users, PasswordEncoder encoder, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
  }

  record Account(String username, String displayName, String unit, String hall, String window, Role role) {}

  static List<Account> accounts() {
    List<Account> accounts = new ArrayList<>(List.of(
        new Account("sysadmin", "系统管理员", null, null, null, Role.SYSADMIN),
        new Account("leader", "王建国（市领导）", null, null, null, Role.LEADER),
        new Account("inspector", "赵敏（市督查室）", null, null, null, Role.INSPECTOR),
        new Account("hallmanager", "李芳（政务大厅主任）", CENTRE_UNIT, HALL, null, Role.HALL_MANAGER),
        new Account("unitadmin", "周强（市行政审批服务局）", "BJXZSPJ", null, null, Role.UNIT_ADMIN),
        new Account("enfadmin", "孙立（市城管执法局）", "BJCGZFJ", null, null, Role.UNIT_ADMIN),
        new Account("officer1", "马超（市城管执法局执法人员）", "BJCGZFJ", null, null, Role.ENFORCEMENT_OFFICER),
        new Account("officer2", "高洁（市城管执法局执法人员）", "BJCGZFJ", null, null, Role.ENFORCEMENT_OFFICER),
        new Account("officer3", "罗成（市市场监管局执法人员）", "BJSCJGJ", null, null, Role.ENFORCEMENT_OFFICER),
        new Account("officer4", "邓丽（市市场监管局执法人员）", "BJSCJGJ", null, null, Role.ENFORCEMENT_OFFICER),
        new Account("reviewer", "郑直（市城管执法局法制审核）", "BJCGZFJ", null, null, Role.LEGAL_REVIEWER),
        new Account("reviewer2", "钱明（市市场监管局法制审核）", "BJSCJGJ", null, null, Role.LEGAL_REVIEWER)));
    String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "吴", "周"};
    String[] given = {"晓燕", "伟", "静", "磊", "娜", "军", "婷", "涛", "丽", "鹏"};
    for (int i = 1; i <= STAFF_COUNT; i++) {
      String n = String.format("%02d", i);
      accounts.add(new Account("staff" + n, surnames[(i - 1) % 10] + given[(i * 3) % 10], CENTRE_UNIT, HALL,
          HALL + "-" + n, Role.STAFF));
    }
    return accounts;
  }

  @Override
  public void seed() {
    if (users.existsByUsername("sysadmin")) {
      return;
    }
    String hash = encoder.encode(PasswordPolicy.DEMO_PASSWORD);
    Instant now = clock.instant();
    for (Account a : accounts()) {
      users.insert(new UserAccount(Ids.newId(clock), a.username(), a.displayName(), null, null, a.unit(), a.hall(),
          a.window(), hash, false, true, Set.of(a.role()), now, now));
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void printLogins() {
    log.info("""

        ==================== Service Window demo ====================
        Demo logins (password {} for all, demo profile only):
          sysadmin     platform operator (SYSADMIN)
          leader       city leadership (LEADER)
          inspector    supervision office (INSPECTOR)
          hallmanager  manager of hall {} (HALL_MANAGER)
          unitadmin    unit admin of BJXZSPJ (UNIT_ADMIN)
          enfadmin     unit admin of BJCGZFJ, enforcement publication (UNIT_ADMIN)
          officer1..4  enforcement officers of BJCGZFJ (1, 2) and BJSCJGJ (3, 4) (ENFORCEMENT_OFFICER)
          reviewer     legal reviewer of BJCGZFJ; reviewer2 of BJSCJGJ (LEGAL_REVIEWER)
          staff01..staff{} window staff of hall {} (STAFF)
        =============================================================
        """, PasswordPolicy.DEMO_PASSWORD, HALL, STAFF_COUNT, HALL);
  }
}

package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.servicewindow.TestSupport.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aWriteRecordsTheRequestAndTheDomainChangeWithBeforeAndAfter() throws Exception {
    String username = "audited-" + System.nanoTime() % 1_000_000;
    accounts.createUser(username, "Audited-Pass-2026", null, null, null, Role.LEADER);
    var id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(java.util.UUID.class).single();

    mvc.perform(post("/admin/users/{id}", id).with(as(accounts.actor("sysadmin"))).with(csrf())
            .param("username", username).param("displayName", "改过的名字").param("roles", "LEADER")
            .param("unitCode", "BJXZSPJ"))
        .andExpect(status().is3xxRedirection());

    Map<String, Object> change = jdbc.sql("""
            SELECT actor, action, before_state, after_state FROM audit_log
             WHERE action = 'user.updated' AND target_id = :u ORDER BY id DESC LIMIT 1
            """).param("u", username).query().singleRow();
    assertThat(change.get("actor")).isEqualTo("sysadmin");
    assertThat((String) change.get("before_state")).contains("\"displayName\":\"" + username + "\"").doesNotContain("password");
    assertThat((String) change.get("after_state")).contains("改过的名字").contains("BJXZSPJ");

    Map<String, Object> request = jdbc.sql("""
            SELECT actor, http_method, path, status FROM audit_log
             WHERE action = 'http POST /admin/users/{id}' AND path = :path ORDER BY id DESC LIMIT 1
            """).param("path", "/admin/users/" + id).query().singleRow();
    assertThat(request.get("actor")).isEqualTo("sysadmin");
    assertThat(request.get("status")).isEqualTo(302);
  }

  /**
   * The request log commits rows in groups: many requests at once must each find their own row stored the moment
   * they return, none lost and none twice.
   */
  @Test
  void concurrentRequestsEachReturnOnlyOnceTheirRowIsStored() throws Exception {
    int requests = 64;
    var sysadmin = accounts.actor("sysadmin");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      var paths = new java.util.ArrayList<java.util.concurrent.Future<String>>();
      for (int i = 0; i < requests; i++) {
        paths.add(pool.submit(() -> {
          String path = "/admin/users/" + java.util.UUID.randomUUID();
          mvc.perform(post(path).with(as(sysadmin)).with(csrf()).param("username", "nobody"));
          // asserted on the request's own thread, right after it returned: no waiting for a later flush
          assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE path = :p AND actor = 'sysadmin'")
              .param("p", path).query(Long.class).single()).isEqualTo(1L);
          return path;
        }));
      }
      var all = new java.util.ArrayList<String>();
      for (var f : paths) {
        all.add(f.get());
      }
      assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE path IN (:p)").param("p", all).query(Long.class).single())
          .isEqualTo(requests);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLogIsAppendOnly() {
    long id = jdbc.sql("SELECT MAX(id) FROM audit_log").query(Long.class).single();
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE id = :id").param("id", id).update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = :id").param("id", id).update())
        .hasMessageContaining("append-only");
  }

  @Test
  void loginsAreAudited() throws Exception {
    mvc.perform(post("/login").with(org.servicewindow.TestSupport.fromNewAddress()).with(csrf())
        .param("username", "leader").param("password", "Demo@2026"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'login.succeeded' AND actor = 'leader'")
        .query(Long.class).single()).isPositive();
  }

  @Test
  void aHallManagerSeesOnlyTheActionsOfTheirHall() throws Exception {
    String mine = "hallaudit-" + System.nanoTime() % 1_000_000;
    String theirs = "otheraudit-" + System.nanoTime() % 1_000_000;
    var inHall = accounts.createUser(mine, "Hall-Audit-2026", null, "BJZWFW", "BJZWFW-05", Role.STAFF);
    var elsewhere = accounts.createUser(theirs, "Hall-Audit-2026", null, "TAXHALL", "TAXHALL-01", Role.STAFF);
    record(inHall, "probe.mine");
    record(elsewhere, "probe.theirs");

    mvc.perform(get("/admin/audit").param("action", "probe.").with(as(accounts.actor("hallmanager"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(mine)))
        .andExpect(content().string(not(containsString(theirs))));
    mvc.perform(get("/admin/audit").param("action", "probe.").with(as(accounts.actor("inspector"))))
        .andExpect(content().string(containsString(mine)))
        .andExpect(content().string(containsString(theirs)));
  }

  @Test
  void aUnitAdminSeesOnlyTheActionsOfTheirUnit() throws Exception {
    String mine = "unitaudit-" + System.nanoTime() % 1_000_000;
    String theirs = "otherunit-" + System.nanoTime() % 1_000_000;
    record(accounts.createUser(mine, "Unit-Audit-2026", "BJXZSPJ", null, null, Role.UNIT_ADMIN), "probe.unit");
    record(accounts.createUser(theirs, "Unit-Audit-2026", "BJSWJ", null, null, Role.UNIT_ADMIN), "probe.unit");

    mvc.perform(get("/admin/audit").param("action", "probe.unit").with(as(accounts.actor("unitadmin"))))
        .andExpect(content().string(containsString(mine)))
        .andExpect(content().string(not(containsString(theirs))));
  }

  @Test
  void exportsTheScopedLogAsCsvThatExcelReadsAsUtf8() throws Exception {
    String action = "login.exported-" + System.nanoTime(); // its own row: the test may run before any login
    record(accounts.actor("sysadmin"), action);
    byte[] csv = mvc.perform(get("/admin/audit/export.csv").param("action", "login")
            .with(as(accounts.actor("sysadmin"))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", containsString("audit-log.csv")))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(csv[0] & 0xff).isEqualTo(0xEF); // UTF-8 byte order mark
    String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("id,time,actor").contains(action);
  }

  private void record(org.servicewindow.identity.Actor actor, String action) {
    jdbc.sql("""
            INSERT INTO audit_log (occurred_at, actor, actor_unit, actor_hall, action)
            VALUES (CURRENT_TIMESTAMP, :actor, :unit, :hall, :action)
            """)
        .param("actor", actor.username()).param("unit", actor.unitCode()).param("hall", actor.hallCode())
        .param("action", action).update();
  }
}

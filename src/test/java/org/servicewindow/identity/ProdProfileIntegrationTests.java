package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicewindow.ServiceWindowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production profile starts only with a strong first administrator password, seeds no demo data,
 * and never runs with the demo profile. Each start gets its own database (see TestDatabase).
 */
class ProdProfileIntegrationTests {

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> start("prod", Map.of()))
        .hasStackTraceContaining("SW_ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWithADefaultOrWeakPassword() {
    assertThatThrownBy(() -> start("prod", Map.of("sw.admin.password", "Demo@2026")))
        .hasStackTraceContaining("too weak or a default");
    assertThatThrownBy(() -> start("prod", Map.of("sw.admin.password", "admin-password", "sw.admin.username", "admin")))
        .hasStackTraceContaining("too weak or a default");
  }

  @Test
  void refusesToRunTogetherWithTheDemoProfile() {
    assertThatThrownBy(() -> start("prod,demo", Map.of("sw.admin.password", "A-Strong-Secret-2026")))
        .hasStackTraceContaining("cannot run with the demo profile");
  }

  @Test
  void startsWithAStrongPasswordCreatesTheAdministratorAndNoDemoAccounts() {
    try (ConfigurableApplicationContext app = start("prod",
        Map.of("sw.admin.password", "A-Strong-Secret-2026", "sw.admin.username", "operator"))) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("operator");
      assertThat(jdbc.sql("SELECT role FROM user_role").query(String.class).list()).containsExactly("SYSADMIN");
    }
  }

  private static ConfigurableApplicationContext start(String profiles, Map<String, Object> properties) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
        "--server.port=0", "--spring.main.banner-mode=off", "--spring.profiles.active=" + profiles));
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    return new SpringApplicationBuilder(ServiceWindowApplication.class).run(args.toArray(String[]::new));
  }
}

package org.servicewindow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application context started by a test its own empty database: an in-memory H2 database
 * by default, or — with {@code -Dsw.test.db=postgres} — a fresh PostgreSQL database on
 * {@code 127.0.0.1:5432} (user {@code postgres}, trust auth) that is dropped when the context closes.
 * So the same tests run unchanged on both databases.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Prefix of every database this test run creates; CI drops leftovers by it. */
  static final String RUN_PREFIX = System.getProperty("sw.test.db.prefix", "sw_test_") + Long.toString(System.currentTimeMillis(), 36);

  private static final AtomicInteger COUNTER = new AtomicInteger();

  public static boolean isPostgres() {
    return "postgres".equalsIgnoreCase(System.getProperty("sw.test.db", "h2"));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (context.getParent() != null) {
      return;
    }
    Map<String, Object> properties;
    String shared = context.getEnvironment().getProperty("sw.test.shared-database-url");
    if (shared != null) {
      // a second node of a multi-node test: the same database as the first, created and dropped by it
      properties = Map.of("spring.datasource.url", shared,
          "spring.datasource.username", isPostgres() ? user() : "sa", "spring.datasource.password", "");
    } else if (isPostgres()) {
      String name = (RUN_PREFIX + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
      execute("CREATE DATABASE " + name);
      // registered before any bean exists, so destroyed after all of them: the pool and the listeners are
      // closed before the database goes away
      ((org.springframework.beans.factory.support.DefaultListableBeanFactory) context.getBeanFactory())
          .registerDisposableBean("swTestDatabaseDrop", () -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
      properties = Map.of(
          "spring.datasource.url", "jdbc:postgresql://" + host() + "/" + name,
          "spring.datasource.username", user(),
          "spring.datasource.password", "");
    } else {
      properties = Map.of(
          "spring.datasource.url", "jdbc:h2:mem:sw_" + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "spring.datasource.username", "sa",
          "spring.datasource.password", "");
    }
    Map<String, Object> all = new java.util.HashMap<>(properties);
    // many contexts live at once in a test run (and CI may run beside others): open connections lazily
    all.put("spring.datasource.hikari.minimum-idle", "1");
    all.put("spring.datasource.hikari.maximum-pool-size", "10");
    all.put("spring.datasource.hikari.idle-timeout", "10000");
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sw-test-database", all));
  }

  private static String host() {
    return System.getProperty("sw.test.pg.host", "127.0.0.1:5432");
  }

  private static String user() {
    return System.getProperty("sw.test.pg.user", "postgres");
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", user(), "");
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + sql, e);
    }
  }
}

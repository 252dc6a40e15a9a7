package org.servicewindow.dashboard.internal;

import org.servicewindow.common.DemoData;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's history is seeded by the other modules directly, not through their events, so the demo fills
 * the rollups once from the published history (a few seconds for the demo's 90 days), after every other
 * module's demo data.
 */
@Component
@Profile("demo")
@Order(150)
class DashboardDemo implements DemoData {

  private final RollupRebuild rebuild;
  private final JdbcClient jdbc;

  DashboardDemo(RollupRebuild rebuild, JdbcClient jdbc) {
    this.rebuild = rebuild;
    this.jdbc = jdbc;
  }

  @Override
  public boolean derived() {
    return true;
  }

  @Override
  public void seed() {
    boolean built = jdbc.sql("SELECT COUNT(*) FROM dash_job WHERE kind = 'REBUILD' AND status = 'DONE'")
        .query(Long.class).single() > 0;
    if (!built) {
      rebuild.runNow("demo");
    }
  }
}

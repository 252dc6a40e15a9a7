package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The request log's group commit when things go wrong: a bad row, and a writer that is gone. */
@IntegrationTest
class RequestLogIntegrationTests {

  @Autowired RequestLog requestLog;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aRowTheDatabaseRefusesFailsOnlyItsOwnRequest() throws Exception {
    String marker = "/probe/" + UUID.randomUUID();
    var pool = Executors.newFixedThreadPool(8);
    try {
      var good = new ArrayList<Future<?>>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        good.add(pool.submit(() -> requestLog.append(audit.stamp(entry("http POST /probe", marker + "/" + n)))));
      }
      // an action longer than its column (100): refused by the database, in whichever batch it lands
      Future<?> bad = pool.submit(() -> requestLog.append(audit.stamp(entry("x".repeat(300), marker + "/bad"))));
      for (Future<?> f : good) {
        f.get();
      }
      assertThatThrownBy(bad::get).hasCauseInstanceOf(RuntimeException.class);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE path LIKE :p").param("p", marker + "/%")
        .query(Long.class).single()).isEqualTo(40L);
  }

  @Test
  void withItsWriterGoneARequestStoresItsRowItself() throws Exception {
    RequestLog closed = new RequestLog(audit, transactions);
    closed.destroy();
    String path = "/probe/" + UUID.randomUUID();
    closed.append(audit.stamp(entry("http POST /probe", path)));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE path = :p").param("p", path).query(Long.class).single())
        .isEqualTo(1L);
  }

  private static AuditTrail.Entry entry(String action, String path) {
    return new AuditTrail.Entry("tester", null, null, action, null, null, "POST", path, 200, null, null);
  }
}

package org.servicewindow.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Chooses how calls reach the boards: PostgreSQL NOTIFY across nodes, or in-process on H2. */
@Configuration(proxyBeanMethods = false)
class HallEventsConfiguration {

  @Bean
  HallEvents hallEvents(Tickets tickets, HallBoards boards, JdbcClient jdbc, DataSource dataSource, JsonMapper json)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if ("PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
        return new PostgresHallEvents(tickets, boards, jdbc, dataSource, json);
      }
    }
    return new InProcessHallEvents(tickets, boards);
  }
}

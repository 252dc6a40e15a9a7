package org.servicewindow.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** On the embedded H2 database, refuses updates and deletes of audit rows (PostgreSQL uses a PL/pgSQL trigger). */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_log is append-only", "P0001");
  }
}

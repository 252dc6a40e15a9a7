package org.servicewindow.casework.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** On the embedded H2 database, refuses changing or removing an issued notice (PostgreSQL uses a PL/pgSQL trigger). */
public class ImmutableNoticeTrigger implements Trigger {

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("application notices are immutable", "P0001");
  }
}

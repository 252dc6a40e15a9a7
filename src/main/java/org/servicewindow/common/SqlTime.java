package org.servicewindow.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns the same way on H2 and
 * PostgreSQL (the PostgreSQL driver does not bind {@link Instant} directly).
 */
public final class SqlTime {

  private SqlTime() {}

  /** Truncated to microseconds, the precision both databases keep, so a value read back compares equal. */
  public static OffsetDateTime param(Instant instant) {
    return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

package org.servicewindow.casework;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications completed in a range of days with whether the promised date was kept (the rule of
 * {@link ApplicationCompleted#onTime()}), for modules that score timeliness record by record.
 */
@Service
public class CompletedApplications {

  /** One completed application. */
  public record Completed(UUID id, String number, String unitCode, String hallCode, String windowCode,
      String handlerUsername, LocalDate completedOn, LocalDate promisedDue, boolean onTime) {}

  private final JdbcClient jdbc;

  CompletedApplications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every application completed on a day in {@code [from, to]}. */
  @Transactional(readOnly = true)
  public void completed(LocalDate from, LocalDate to, Consumer<Completed> each) {
    try (var rows = jdbc.sql("""
            SELECT id, number, unit_code, hall_code, window_code, handler_username, completed_on, promised_due
              FROM application
             WHERE completed_on BETWEEN :from AND :to""")
        .param("from", from).param("to", to)
        .query((rs, n) -> {
          LocalDate done = rs.getObject("completed_on", LocalDate.class);
          LocalDate due = rs.getObject("promised_due", LocalDate.class);
          return new Completed(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("unit_code"),
              rs.getString("hall_code"), rs.getString("window_code"), rs.getString("handler_username"), done, due,
              due == null || !done.isAfter(due));
        })
        .stream()) {
      rows.forEach(each);
    }
  }
}

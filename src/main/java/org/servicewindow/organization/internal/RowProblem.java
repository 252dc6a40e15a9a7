package org.servicewindow.organization.internal;

import java.util.List;

/**
 * Why one row of an import file was refused: the spreadsheet row number the user sees (header = row 1),
 * the column header, and a message key with its arguments.
 */
public record RowProblem(int row, String column, String key, List<String> args) {

  public RowProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static RowProblem of(int row, String column, String key, Object... args) {
    return new RowProblem(row, column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}

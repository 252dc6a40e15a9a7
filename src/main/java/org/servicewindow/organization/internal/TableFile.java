package org.servicewindow.organization.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.servicewindow.common.BusinessRuleException;

/**
 * An uploaded table, CSV or Excel (.xlsx), as rows of text cells numbered the way the user sees them in
 * a spreadsheet (the header is row 1). The format is told by the bytes; a CSV saved by Excel on a
 * Chinese Windows (GB18030) is read as well as UTF-8.
 */
public final class TableFile {

  /** One row: its spreadsheet number and its cells, left to right. */
  public record Line(int number, List<String> cells) {

    public String cell(int index) {
      return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
    }

    public boolean isBlank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }

  /** The header row and the non-blank rows below it. */
  public record Table(List<String> headers, List<Line> rows) {}

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ROWS = 5000;

  private TableFile() {}

  public static Table read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessRuleException("org.import.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessRuleException("org.import.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    byte[] head = java.util.Arrays.copyOf(content, Math.min(8, content.length));
    if (ReadableWorkbook.isOLE2Header(head)) {
      throw new BusinessRuleException("org.import.xlsUnsupported");
    }
    List<Line> lines = ReadableWorkbook.isOOXMLZipHeader(head) ? xlsx(content) : csv(text(content));
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new BusinessRuleException("org.import.noHeader");
    }
    List<Line> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    if (rows.isEmpty()) {
      throw new BusinessRuleException("org.import.noRows");
    }
    if (rows.size() > MAX_ROWS) {
      throw new BusinessRuleException("org.import.tooManyRows", MAX_ROWS);
    }
    List<String> headers = lines.get(0).cells().stream().map(h -> h == null ? "" : h.trim()).toList();
    return new Table(headers, rows);
  }

  private static List<Line> xlsx(byte[] content) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getFirstSheet();
      List<Line> lines = new ArrayList<>();
      for (Row row : sheet.read()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(row.getCellText(i));
        }
        lines.add(new Line(row.getRowNum(), cells));
        if (lines.size() > MAX_ROWS + 1) {
          break;
        }
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      throw new BusinessRuleException("org.import.unreadable");
    }
  }

  /** UTF-8 (with or without BOM) when it decodes cleanly, otherwise GB18030. */
  static String text(byte[] content) {
    int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("GB18030"));
    }
  }

  /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
  static List<Line> csv(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int number = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(new Line(number++, List.copyOf(cells)));
        cells.clear();
        if (lines.size() > MAX_ROWS + 1) {
          return lines;
        }
      } else {
        cell.append(c);
      }
      i++;
    }
    if (!cell.isEmpty() || !cells.isEmpty()) {
      cells.add(cell.toString());
      lines.add(new Line(number, List.copyOf(cells)));
    }
    return lines;
  }
}

package org.servicewindow.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Blank application forms and filled-in samples for the demo catalogue, as small one-page PDFs. The text
 * uses the standard Chinese font STSong-Light (Adobe-GB1) by reference, which every PDF reader
 * substitutes, so no font is shipped.
 */
final class DemoForms {

  private DemoForms() {}

  /** A form with a title and a box per line; with answers it is the sample (示例样表), otherwise blank. */
  static byte[] pdf(String title, List<String> lines, Map<String, String> answers) {
    StringBuilder page = new StringBuilder();
    text(page, 18, 72, 780, title);
    text(page, 10, 72, 758, answers == null ? "（空白表格，请用黑色签字笔填写）" : "（示例样表，仅供填写参考）");
    int y = 730;
    for (String line : lines) {
      page.append("0.6 w 72 ").append(y - 8).append(" 451 26 re S\n");
      text(page, 11, 80, y, line);
      if (answers != null && answers.containsKey(line)) {
        text(page, 11, 250, y, answers.get(line));
      }
      y -= 26;
    }
    text(page, 11, 72, y - 30, "申请人（签字/盖章）：                          日期：");
    return document(page.toString());
  }

  private static void text(StringBuilder page, int size, int x, int y, String text) {
    StringBuilder hex = new StringBuilder();
    for (char c : text.toCharArray()) {
      hex.append(String.format("%04X", (int) c));
    }
    page.append("BT /F1 ").append(size).append(" Tf ").append(x).append(' ').append(y).append(" Td <")
        .append(hex).append("> Tj ET\n");
  }

  private static byte[] document(String content) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    objects.add("<< /Length " + content.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + content
        + "endstream");
    objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
        + " /DescendantFonts [6 0 R] >>");
    objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe)"
        + " /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>");
    objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
        + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}

package org.servicewindow.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of each import file, recognised by their Chinese or English header (a trailing {@code *}
 * marks a required column in the template), in any order.
 */
public final class ImportColumns {

  /** One column: its key in the code, its headers, whether a value is required, an example for the template. */
  public record Column(String key, String chinese, String english, boolean required, String example, String example2) {

    public String templateHeader() {
      return chinese + (required ? "*" : "");
    }
  }

  private ImportColumns() {}

  public static List<Column> of(ImportKind kind) {
    return switch (kind) {
      case UNITS -> List.of(
          new Column("code", "单位编码", "code", true, "BJSJYJ", "BJSJYJ-ZXS"),
          new Column("name", "单位名称", "name", true, "市教育局", "市教育局招生考试中心"),
          new Column("type", "单位类型", "type", true, "政府部门", "其他"),
          new Column("parent", "上级单位编码", "parent", false, "", "BJSJYJ"),
          new Column("contactPerson", "联系人", "contact person", false, "刘洋", "陈静"),
          new Column("contactPhone", "联系电话", "contact phone", false, "0917-3261234", "0917-3265678"),
          new Column("complaintPhone", "投诉电话", "complaint phone", false, "0917-3261100", "0917-3261100"));
      case WINDOWS -> List.of(
          new Column("code", "窗口编码", "code", true, "BJZWFW-41", "BJZWFW-42"),
          new Column("hall", "大厅编码", "hall", true, "BJZWFW", "BJZWFW"),
          new Column("number", "窗口号", "number", true, "41", "42"),
          new Column("name", "窗口名称", "name", false, "41号窗口", ""),
          new Column("floor", "楼层", "floor", false, "2", "2"),
          new Column("zone", "区域", "zone", false, "G区 综合服务", "G区 综合服务"),
          new Column("unit", "单位编码", "unit", true, "BJXZSPJ", "BJXZSPJ"),
          new Column("open", "是否开放", "open", false, "是", "否"),
          new Column("services", "办理事项编码", "services", false, "610300-001;610300-002", ""));
      case STAFF -> List.of(
          new Column("staffNumber", "工号", "staff number", true, "BJ10001", "BJ10002"),
          new Column("name", "姓名", "name", true, "孙丽娟", "郭志强"),
          new Column("post", "岗位", "post", true, "综合受理岗", "综合受理岗（B角）"),
          new Column("unit", "单位编码", "unit", true, "BJXZSPJ", "BJXZSPJ"),
          new Column("hall", "大厅编码", "hall", false, "BJZWFW", "BJZWFW"),
          new Column("phone", "手机", "phone", false, "13891700001", ""),
          new Column("username", "登录账号", "username", false, "", ""),
          new Column("windows", "可服务窗口", "windows", false, "BJZWFW-41", "BJZWFW-41;BJZWFW-42"));
    };
  }

  /** Column key to its index in the file's header row. */
  public static Map<String, Integer> indexes(List<Column> columns, List<String> headers) {
    Map<String, Integer> result = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      int index = i;
      find(columns, headers.get(i)).ifPresent(c -> result.putIfAbsent(c.key(), index));
    }
    return result;
  }

  /** Required columns the header row lacks. */
  public static List<Column> missing(List<Column> columns, Map<String, Integer> indexes) {
    List<Column> missing = new ArrayList<>();
    columns.stream().filter(c -> c.required() && !indexes.containsKey(c.key())).forEach(missing::add);
    return missing;
  }

  private static Optional<Column> find(List<Column> columns, String header) {
    String h = header.replace("*", "").replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    return columns.stream()
        .filter(c -> c.chinese().equals(h) || c.english().equals(h) || c.key().toLowerCase(Locale.ROOT).equals(h))
        .findFirst();
  }
}

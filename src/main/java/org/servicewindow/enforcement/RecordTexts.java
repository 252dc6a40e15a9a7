package org.servicewindow.enforcement;

/**
 * Chinese wording of values written into the case record. The record is evidence kept in the language of
 * the case file and hashed as written, so it is never translated afterwards.
 */
final class RecordTexts {

  private RecordTexts() {}

  static String kind(CaseKind kind) {
    return switch (kind) {
      case INSPECTION -> "行政检查";
      case PENALTY -> "行政处罚";
      case COERCION -> "行政强制";
      case LICENSING -> "行政许可";
    };
  }

  static String level(DiscretionLevel level) {
    return switch (level) {
      case MINOR -> "轻微";
      case GENERAL -> "一般";
      case SERIOUS -> "较重";
      case GRAVE -> "严重";
    };
  }

  static String yesNo(boolean value) {
    return value ? "是" : "否";
  }
}

package org.servicewindow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.organization.internal.ImportKind;
import org.servicewindow.organization.internal.ImportRows;
import org.servicewindow.organization.internal.RowProblem;
import org.servicewindow.organization.internal.TableFile;
import org.servicewindow.organization.internal.Window;

/** Import rows are checked all at once, each problem with its spreadsheet row and column, before anything is written. */
class ImportRowsTests {

  /** What exists already: unit BJXZSPJ, hall BJZWFW (2 floors) with window BJZWFW-01, staff number BJ10001, login staff01. */
  static class Existing implements ImportRows.Lookup {

    Set<String> ownUnits = Set.of("BJXZSPJ", "BJSWJ");
    String writableUnit = null;

    @Override
    public boolean unitExists(String code) {
      return ownUnits.contains(code);
    }

    @Override
    public boolean hallExists(String code) {
      return code.equals("BJZWFW");
    }

    @Override
    public int hallFloors(String code) {
      return code.equals("BJZWFW") ? 2 : 0;
    }

    @Override
    public Optional<Window> window(String code) {
      return code.equals("BJZWFW-01")
          ? Optional.of(new Window(code, "BJZWFW", 1, "1号窗口", 1, null, "BJXZSPJ", true, null, null))
          : Optional.empty();
    }

    @Override
    public boolean windowNumberTaken(String hallCode, int number) {
      return hallCode.equals("BJZWFW") && number == 1;
    }

    @Override
    public boolean staffNumberTaken(String staffNumber) {
      return staffNumber.equals("BJ10001");
    }

    @Override
    public boolean usernameLinked(String username) {
      return username.equals("staff01");
    }

    @Override
    public boolean userExists(String username) {
      return username.startsWith("staff");
    }

    @Override
    public boolean mayOwnUnit(String code, String parent) {
      return writableUnit == null || writableUnit.equals(parent);
    }

    @Override
    public boolean mayWrite(String unit, String hall, String window) {
      return writableUnit == null || writableUnit.equals(unit);
    }
  }

  private final Existing existing = new Existing();

  @Test
  void everyBadUnitRowIsReportedWithItsRowAndColumnAndNoRowIsTakenFromABadFile() {
    var checked = ImportRows.units(csv("""
        单位编码*,单位名称*,单位类型*,上级单位编码,联系人,联系电话,投诉电话
        BJSJYJ,市教育局,政府部门,,刘洋,0917-3261234,0917-3261100
        ,市体育局,政府部门,,,,
        BJWXJ,市卫星局,宇宙机构,,,,
        BJSJYJ,市教育局（重复）,政府部门,,,,
        BJXZSPJ,已存在,政府部门,NOPE,,电话,
        """), existing);

    assertThat(checked.ok()).isFalse();
    assertThat(checked.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "单位编码", "org.import.required"),
        org.assertj.core.groups.Tuple.tuple(4, "单位类型", "org.import.unitType"),
        org.assertj.core.groups.Tuple.tuple(5, "单位编码", "org.import.duplicate"),
        org.assertj.core.groups.Tuple.tuple(6, "联系电话", "org.import.phoneFormat"),
        org.assertj.core.groups.Tuple.tuple(6, "单位编码", "org.import.unitExists"),
        org.assertj.core.groups.Tuple.tuple(6, "上级单位编码", "org.import.parentUnknown"));
    assertThat(checked.problems().get(2).args()).containsExactly("BJSJYJ", "2");
  }

  @Test
  void aParentUnitMayComeEarlierInTheSameFileButNotLater() {
    var checked = ImportRows.units(csv("""
        单位编码*,单位名称*,单位类型*,上级单位编码
        BJSJYJ,市教育局,政府部门,
        BJSJYJ-ZXS,招生考试中心,其他,BJSJYJ
        BJSJYJ-TSG,市图书馆,other,BJWHJ
        BJWHJ,市文化局,government,
        """), existing);

    assertThat(checked.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(4);
      assertThat(p.key()).isEqualTo("org.import.parentUnknown");
    });
  }

  @Test
  void aCleanUnitFileGivesEveryRowWithItsNumber() {
    var checked = ImportRows.units(csv("""
        code,name,type,parent
        bjsjyj,市教育局,政府部门,
        BJSJYJ-ZXS,招生考试中心,OTHER,BJSJYJ
        """), existing);

    assertThat(checked.ok()).isTrue();
    assertThat(checked.rows()).extracting(ImportRows.Numbered::row).containsExactly(2, 3);
    assertThat(checked.rows().get(0).value().code()).isEqualTo("BJSJYJ");
    assertThat(checked.rows().get(1).value().type()).isEqualTo(UnitType.OTHER);
  }

  @Test
  void windowRowsCheckTheHallTheNumberAndTheFloor() {
    var checked = ImportRows.windows(csv("""
        窗口编码*,大厅编码*,窗口号*,窗口名称,楼层,区域,单位编码*,是否开放,办理事项编码
        BJZWFW-41,BJZWFW,41,,2,G区,BJXZSPJ,是,610300-001;610300-002
        BJZWFW-42,BJZWFW,1,,1,,BJXZSPJ,否,
        BJZWFW-43,BJZWFW,43,,3,,BJXZSPJ,,
        BJZWFW-44,NOHALL,44,,1,,BJXZSPJ,,
        BJZWFW-45,BJZWFW,四十五,,1,,BJXZSPJ,也许,
        BJZWFW-46,BJZWFW,41,,1,,BJNONE,,
        """), existing);

    assertThat(checked.problems()).extracting(RowProblem::row, RowProblem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "org.import.numberTaken"),
        org.assertj.core.groups.Tuple.tuple(4, "org.import.floorRange"),
        org.assertj.core.groups.Tuple.tuple(5, "org.import.hallUnknown"),
        org.assertj.core.groups.Tuple.tuple(6, "org.import.notANumber"),
        org.assertj.core.groups.Tuple.tuple(6, "org.import.yesNo"),
        org.assertj.core.groups.Tuple.tuple(7, "org.import.duplicate"),
        org.assertj.core.groups.Tuple.tuple(7, "org.import.unitUnknown"));
    assertThat(checked.rows().get(0).value().serviceCodes()).containsExactly("610300-001", "610300-002");
    assertThat(checked.rows().get(0).value().name()).isEqualTo("41号窗口");
  }

  @Test
  void staffRowsCheckNumbersLoginsWindowsAndTheImportersScope() {
    existing.writableUnit = "BJXZSPJ";
    var checked = ImportRows.staff(csv("""
        工号*,姓名*,岗位*,单位编码*,大厅编码,手机,登录账号,可服务窗口
        BJ20001,孙丽娟,综合受理岗,BJXZSPJ,BJZWFW,13891700001,staff41,bjzwfw-01
        BJ10001,郭志强,综合受理岗,BJXZSPJ,BJZWFW,,,
        BJ20003,王一,综合受理岗,BJXZSPJ,BJZWFW,,staff01,BJZWFW-99
        BJ20004,王二,,BJSWJ,,,nobody,
        """), existing);

    assertThat(checked.problems()).extracting(RowProblem::row, RowProblem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "org.import.staffExists"),
        org.assertj.core.groups.Tuple.tuple(4, "org.import.userLinked"),
        org.assertj.core.groups.Tuple.tuple(4, "org.import.windowUnknown"),
        org.assertj.core.groups.Tuple.tuple(5, "org.import.required"),
        org.assertj.core.groups.Tuple.tuple(5, "org.import.userUnknown"),
        org.assertj.core.groups.Tuple.tuple(5, "org.import.outsideScope"));
    assertThat(checked.rows()).singleElement()
        .satisfies(row -> assertThat(row.value().windowCodes()).containsExactly("BJZWFW-01"));
  }

  @Test
  void aMissingRequiredColumnIsReportedOnTheHeaderRow() {
    TableFile.Table table = csv("""
        工号,岗位,单位编码
        BJ1,岗,BJXZSPJ
        """);

    assertThat(ImportRows.headerProblems(ImportKind.STAFF, table.headers()))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.row()).isEqualTo(1);
          assertThat(p.args()).containsExactly("姓名");
        });
  }

  @Test
  void csvWithQuotesByteOrderMarkAndBlankLinesIsReadAsASpreadsheetShowsIt() {
    TableFile.Table table = TableFile.read(("\uFEFF工号,姓名,岗位\r\n\"BJ1\",\"张三, 李四\",\"说 \"\"综合\"\" 岗\"\r\n,,\r\nBJ2,王五,岗\r\n")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(table.headers()).containsExactly("工号", "姓名", "岗位");
    assertThat(table.rows()).extracting(TableFile.Line::number).containsExactly(2, 4);
    assertThat(table.rows().get(0).cells()).containsExactly("BJ1", "张三, 李四", "说 \"综合\" 岗");
  }

  @Test
  void aCsvSavedByChineseExcelIsReadAsGb18030() {
    byte[] gbk = "工号,姓名\nBJ1,张三\n".getBytes(Charset.forName("GB18030"));

    assertThat(TableFile.read(gbk).rows().get(0).cells()).containsExactly("BJ1", "张三");
  }

  @Test
  void oldExcelFilesAndEmptyFilesAreRefusedWithAReason() {
    byte[] ole2 = new byte[64];
    byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(header, 0, ole2, 0, header.length);

    assertThatThrownBy(() -> TableFile.read(ole2)).hasMessage("org.import.xlsUnsupported");
    assertThatThrownBy(() -> TableFile.read(new byte[0])).hasMessage("org.import.empty");
    assertThatThrownBy(() -> TableFile.read("工号,姓名\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("org.import.noRows");
  }

  private static TableFile.Table csv(String text) {
    return TableFile.read(text.getBytes(StandardCharsets.UTF_8));
  }
}

package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.catalog.Guides.field;
import static org.servicewindow.catalog.Guides.guide;
import static org.servicewindow.catalog.Guides.material;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.Merging;

/**
 * "一件事一次办": a document several items need is asked for once, with the strictest requirement; a
 * question several items ask is asked once.
 */
class MergingTests {

  @Test
  void aMaterialNeededByThreeItemsAppearsOnceNamingThemAll() {
    MergedChecklist checklist = Merging.checklist(List.of(
        guide("A", List.of(material("ID-CARD", true, true, 1, Medium.PAPER), material("LEASE", true, false, 1, Medium.PAPER)), List.of()),
        guide("B", List.of(material("ID-CARD", true, true, 1, Medium.PAPER), material("PLAN", true, true, 1, Medium.PAPER)), List.of()),
        guide("C", List.of(material("PLAN", true, true, 1, Medium.PAPER), material("ID-CARD", true, true, 1, Medium.PAPER)), List.of())));

    assertThat(checklist.itemCodes()).containsExactly("A", "B", "C");
    assertThat(checklist.materials()).extracting(m -> m.requirement().code()).containsExactly("ID-CARD", "LEASE", "PLAN");
    assertThat(checklist.materials().get(0).neededFor()).containsExactly("A", "B", "C");
    assertThat(checklist.materials().get(2).neededFor()).containsExactly("B", "C");
  }

  @Test
  void requiredBeatsConditional() {
    RequiredMaterial merged = only(material("LEASE", false, false, 1, Medium.PAPER), material("LEASE", true, false, 1, Medium.PAPER));

    assertThat(merged.required()).isTrue();
    assertThat(merged.condition()).isNull();
  }

  @Test
  void aMaterialConditionalEverywhereStaysConditionalWithEveryConditionListedOnce() {
    RequiredMaterial a = new RequiredMaterial("AGENT", "委托书", null, true, 1, Medium.PAPER, false, "委托他人办理的", null, null, null);
    RequiredMaterial b = new RequiredMaterial("AGENT", "委托书", null, true, 1, Medium.PAPER, false, "法人委托员工办理的", null, null, null);
    RequiredMaterial c = new RequiredMaterial("AGENT", "委托书", null, true, 1, Medium.PAPER, false, "委托他人办理的", null, null, null);

    RequiredMaterial merged = only(a, b, c);
    assertThat(merged.required()).isFalse();
    assertThat(merged.condition()).isEqualTo("委托他人办理的；法人委托员工办理的");
  }

  @Test
  void originalBeatsCopyAndTheMostCopiesAreAskedFor() {
    RequiredMaterial merged = only(material("LICENCE", true, false, 2, Medium.PAPER), material("LICENCE", true, true, 1, Medium.PAPER),
        material("LICENCE", true, false, 3, Medium.PAPER));

    assertThat(merged.original()).isTrue();
    assertThat(merged.copies()).isEqualTo(3);
  }

  @Test
  void paperAndElectronicAskedByDifferentItemsMeansBoth() {
    assertThat(only(material("F", true, true, 1, Medium.PAPER), material("F", true, true, 0, Medium.ELECTRONIC)).medium())
        .isEqualTo(Medium.BOTH);
    assertThat(only(material("F", true, true, 1, Medium.PAPER), material("F", true, true, 1, Medium.PAPER)).medium())
        .isEqualTo(Medium.PAPER);
    assertThat(only(material("F", true, true, 0, Medium.ELECTRONIC), material("F", true, true, 0, Medium.ELECTRONIC)).medium())
        .isEqualTo(Medium.ELECTRONIC);
  }

  @Test
  void theFirstNameSourceAndFilesAreKeptAndEveryNoteListed() {
    UUID form = UUID.randomUUID();
    RequiredMaterial a = new RequiredMaterial("APP", "申请书", null, true, 1, Medium.PAPER, true, null, "须签字", null, null);
    RequiredMaterial b = new RequiredMaterial("APP", "登记申请书", "窗口领取", true, 1, Medium.PAPER, true, null, "加盖公章", form, null);

    RequiredMaterial merged = only(a, b);
    assertThat(merged.name()).isEqualTo("申请书");
    assertThat(merged.source()).isEqualTo("窗口领取");
    assertThat(merged.note()).isEqualTo("须签字；加盖公章");
    assertThat(merged.blankForm()).isEqualTo(form);
  }

  @Test
  void theMergedFormAsksEachQuestionOnceAndRequiresWhatAnyItemRequires() {
    MergedForm form = Merging.form(List.of(
        guide("A", List.of(), List.of(field("name", FieldType.TEXT, true), field("email", FieldType.EMAIL, false))),
        guide("B", List.of(), List.of(field("email", FieldType.EMAIL, true), field("area", FieldType.NUMBER, false))),
        guide("C", List.of(), List.of(field("name", FieldType.TEXT, false), field("area", FieldType.NUMBER, false)))));

    assertThat(form.fields()).extracting(f -> f.field().key()).containsExactly("name", "email", "area");
    assertThat(form.fields()).extracting(f -> f.field().required()).containsExactly(true, true, false);
    assertThat(form.fields().get(0).askedBy()).containsExactly("A", "C");
    assertThat(form.fields().get(2).askedBy()).containsExactly("B", "C");
  }

  @Test
  void aCheckedTypeBeatsFreeTextAndAChoiceOffersOnlyWhatEveryItemAccepts() {
    MergedForm form = Merging.form(List.of(
        guide("A", List.of(), List.of(field("id", FieldType.TEXT, true), field("use", FieldType.SELECT, true, "居民", "商业", "工业"))),
        guide("B", List.of(), List.of(field("id", FieldType.ID_NUMBER, true), field("use", FieldType.SELECT, true, "工业", "居民")))));

    assertThat(form.fields().get(0).field().type()).isEqualTo(FieldType.ID_NUMBER);
    assertThat(form.fields().get(1).field().options()).containsExactly("居民", "工业");
  }

  @Test
  void choicesWithNothingInCommonOfferTheFirstItemsOptions() {
    MergedForm form = Merging.form(List.of(
        guide("A", List.of(), List.of(field("use", FieldType.SELECT, true, "居民"))),
        guide("B", List.of(), List.of(field("use", FieldType.SELECT, true, "商业")))));

    assertThat(form.fields().get(0).field().options()).containsExactly("居民");
  }

  private static RequiredMaterial only(RequiredMaterial... versions) {
    List<ServiceGuide> guides = new java.util.ArrayList<>();
    for (int i = 0; i < versions.length; i++) {
      guides.add(guide("I" + i, List.of(versions[i]), List.of()));
    }
    MergedChecklist checklist = Merging.checklist(guides);
    assertThat(checklist.materials()).hasSize(1);
    return checklist.materials().get(0).requirement();
  }
}

package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicewindow.catalog.Guides.complete;
import static org.servicewindow.catalog.Guides.field;
import static org.servicewindow.catalog.Guides.material;
import static org.servicewindow.catalog.Guides.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.GuideProblem;
import org.servicewindow.catalog.internal.GuideRules;
import org.servicewindow.catalog.internal.InvalidGuideException;

/** The rules of a service guide: a promise never above the law, a complete guide before anyone sees it. */
class GuideRulesTests {

  @Test
  void aCompleteGuideHasNoProblems() {
    assertThat(GuideRules.completeProblems(complete("食品经营许可"))).isEmpty();
  }

  @Test
  void aPromisedLimitAboveTheLegalOneIsRefusedEvenInADraft() {
    GuideContent promisedTooMuch = with(complete("x"), 20, 21, 1, true, false, null, null);

    assertThat(GuideRules.draftProblems(promisedTooMuch))
        .extracting(GuideProblem::field, GuideProblem::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("promisedLimitDays", "catalog.rule.promisedAboveLegal"));
    assertThat(GuideRules.draftProblems(with(complete("x"), 20, 20, 1, true, false, null, null))).isEmpty();
  }

  @Test
  void onTheSpotIsZeroWorkingDaysAndMayBePromisedForAnyLegalLimit() {
    GuideContent instant = with(complete("x"), 0, 0, 1, true, false, null, null);

    assertThat(GuideRules.completeProblems(instant)).isEmpty();
    assertThat(instant.instant()).isTrue();
    assertThat(GuideRules.completeProblems(with(complete("x"), 0, 1, 1, true, false, null, null)))
        .extracting(GuideProblem::key).containsExactly("catalog.rule.promisedAboveLegal");
  }

  @Test
  void aDraftMayBeUnfinishedButNotSubmitted() {
    GuideContent unfinished = GuideContent.named("新事项", ItemType.PUBLIC_SERVICE, Audience.PERSON);

    assertThat(GuideRules.draftProblems(unfinished)).isEmpty();
    assertThat(GuideRules.completeProblems(unfinished)).extracting(GuideProblem::field)
        .contains("legalBasis", "conditions", "place", "hours", "consultPhone", "complaintPhone", "resultName",
            "legalLimitDays", "promisedLimitDays", "visits", "materials", "steps");
    assertThatThrownBy(() -> GuideRules.requireComplete(unfinished)).isInstanceOf(InvalidGuideException.class);
  }

  @Test
  void aGuideThatChargesNamesTheFeeAndItsBasisAndAFreeOneSaysNothingMore() {
    GuideContent charged = with(complete("x"), 20, 5, 1, true, true, null, null);

    assertThat(GuideRules.completeProblems(charged)).extracting(GuideProblem::field).containsExactly("fee", "feeBasis");
    assertThat(GuideRules.completeProblems(with(complete("x"), 20, 5, 1, true, true, "工本费 20 元", "国家规定的收费标准")))
        .isEmpty();
  }

  @Test
  void anItemThatNeedsNoVisitMustBeAvailableOnline() {
    assertThat(GuideRules.completeProblems(with(complete("x"), 20, 5, 0, false, false, null, null)))
        .extracting(GuideProblem::key).containsExactly("catalog.rule.noVisitNeedsOnline");
    assertThat(GuideRules.completeProblems(with(complete("x"), 20, 5, 0, true, false, null, null))).isEmpty();
  }

  @Test
  void materialsHaveWellFormedUniqueCodesAndAConditionalOneSaysWhen() {
    RequiredMaterial noCondition = new RequiredMaterial("LEASE", "租赁合同", null, false, 1, Medium.PAPER, false, null,
        null, null, null);
    GuideContent c = Guides.withMaterials(complete("x"), List.of(material("ID-CARD", true, true, 1, Medium.PAPER),
        material("ID-CARD", true, false, 1, Medium.PAPER), material("id card", true, true, 1, Medium.PAPER),
        noCondition, material("PHOTO", true, true, 0, Medium.PAPER), material("FILE", true, true, 0, Medium.ELECTRONIC)));

    assertThat(GuideRules.draftProblems(c)).extracting(GuideProblem::field, GuideProblem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("materials[1].code", "catalog.rule.materialTwice"),
        org.assertj.core.groups.Tuple.tuple("materials[2].code", "catalog.rule.materialCode"),
        org.assertj.core.groups.Tuple.tuple("materials[3].condition", "catalog.rule.conditionRequired"),
        org.assertj.core.groups.Tuple.tuple("materials[4].copies", "catalog.rule.paperNeedsCopies"));
  }

  @Test
  void formQuestionsHaveUniqueKeysAndOnlyChoicesHaveOptions() {
    GuideContent c = Guides.withFields(complete("x"), List.of(field("phone", FieldType.PHONE, true),
        field("phone", FieldType.TEXT, false), field("Bad-Key", FieldType.TEXT, true),
        field("gender", FieldType.SELECT, true), field("name", FieldType.TEXT, true, "甲"),
        field("kind", FieldType.SELECT, true, "甲", "甲")));

    assertThat(GuideRules.draftProblems(c)).extracting(GuideProblem::field, GuideProblem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("formFields[1].key", "catalog.rule.fieldTwice"),
        org.assertj.core.groups.Tuple.tuple("formFields[2].key", "catalog.rule.fieldKey"),
        org.assertj.core.groups.Tuple.tuple("formFields[3].options", "catalog.rule.optionsRequired"),
        org.assertj.core.groups.Tuple.tuple("formFields[4].options", "catalog.rule.optionsOnlyForSelect"),
        org.assertj.core.groups.Tuple.tuple("formFields[5].options", "catalog.rule.optionsShape"));
  }

  @Test
  void phonesAndLengthsAreChecked() {
    GuideContent c = new GuideContent("名".repeat(101), ItemType.LICENSING, Audience.PERSON, null, null, List.of(),
        List.of(), false, null, null, 400, null, 10, false, null, null, "电话", null, null, List.of(), List.of());

    assertThat(GuideRules.draftProblems(c)).extracting(GuideProblem::field)
        .containsExactly("name", "consultPhone", "legalLimitDays", "visits");
  }
}

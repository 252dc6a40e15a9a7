package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicewindow.catalog.Guides.complete;
import static org.servicewindow.catalog.Guides.material;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.GuideDiff;

/** The difference of two versions, as a reviewer reads it. */
class GuideDiffTests {

  @Test
  void identicalVersionsHaveNoDifference() {
    assertThat(GuideDiff.between(complete("x"), complete("x"))).isEmpty();
  }

  @Test
  void aShorterPromiseAnAddedAndARemovedMaterialAndAChangedCopyCountAreEachOneChange() {
    GuideContent before = Guides.withMaterials(complete("x"), List.of(material("ID-CARD", true, true, 1, Medium.PAPER),
        material("OLD", true, true, 1, Medium.PAPER)));
    GuideContent after = Guides.with(Guides.withMaterials(complete("x"), List.of(material("ID-CARD", true, true, 2,
        Medium.PAPER), material("LEASE", false, false, 1, Medium.PAPER))), 20, 3, 1, true, false, null, null);

    List<GuideDiff.Change> changes = GuideDiff.between(before, after);

    assertThat(changes).extracting(GuideDiff.Change::attribute, GuideDiff.Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("catalog.guide.promisedLimitDays", "changed"),
        org.assertj.core.groups.Tuple.tuple(null, "removed"),
        org.assertj.core.groups.Tuple.tuple("catalog.material.copies", "changed"),
        org.assertj.core.groups.Tuple.tuple(null, "added"));
    assertThat(changes.get(0).before().literal()).isEqualTo("5");
    assertThat(changes.get(0).after().literal()).isEqualTo("3");
    assertThat(changes.get(1).subject()).isEqualTo("OLD 材料OLD");
    assertThat(changes.get(3).subject()).isEqualTo("LEASE 材料LEASE");
  }

  @Test
  void aStepThatNowCountsTowardTheLimitIsNamed() {
    GuideContent before = complete("x");
    GuideContent c = complete("x");
    GuideContent after = new GuideContent(c.name(), c.type(), c.audience(), c.legalBasis(), c.conditions(), c.materials(),
        List.of(c.steps().get(0), new ProcedureStep("现场核查", "不计入时限", true)), c.charged(), c.fee(), c.feeBasis(),
        c.legalLimitDays(), c.promisedLimitDays(), c.visits(), c.online(), c.place(), c.hours(), c.consultPhone(),
        c.complaintPhone(), c.resultName(), c.lifeEvents(), c.formFields());

    assertThat(GuideDiff.between(before, after)).singleElement().satisfies(ch -> {
      assertThat(ch.subject()).isEqualTo("2. 现场核查");
      assertThat(ch.attribute()).isEqualTo("catalog.step.counts");
      assertThat(ch.after().key()).isEqualTo("catalog.yes");
    });
  }
}

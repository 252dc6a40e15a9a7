package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicewindow.catalog.Guides.complete;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.GuideStatus;
import org.servicewindow.catalog.internal.GuideVersion;
import org.servicewindow.catalog.internal.InvalidGuideException;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;

/** A guide's way to the public: draft, review by a second person, publication, and never a change after. */
class GuideVersionTests {

  static final Instant T = Instant.parse("2026-05-11T01:00:00Z");

  private static GuideVersion draftBy(String editor) {
    return GuideVersion.first("XZSPJ-900", GuideContent.named("新事项", ItemType.LICENSING, Audience.ENTERPRISE), editor, T)
        .edit(complete("新事项"), "首版", editor, T);
  }

  @Test
  void aDraftIsSubmittedAndPublishedBySomeoneElse() {
    GuideVersion inReview = draftBy("li").submit("li", T.plusSeconds(60));
    GuideVersion published = inReview.approve("wang", T.plusSeconds(120));

    assertThat(inReview.status()).isEqualTo(GuideStatus.IN_REVIEW);
    assertThat(published.status()).isEqualTo(GuideStatus.PUBLISHED);
    assertThat(published.reviewedBy()).isEqualTo("wang");
    assertThat(published.publishedAt()).isEqualTo(T.plusSeconds(120));
    assertThat(published.content()).isEqualTo(complete("新事项"));
  }

  @Test
  void noOneWhoWroteOrSubmittedAVersionMayPublishIt() {
    GuideVersion writtenByTwo = draftBy("li").edit(complete("新事项"), null, "zhao", T).submit("zhou", T);

    for (String insider : new String[] {"li", "zhao", "zhou"}) {
      assertThat(writtenByTwo.mayReview(insider)).isFalse();
      assertThatThrownBy(() -> writtenByTwo.approve(insider, T)).isInstanceOf(ForbiddenException.class)
          .hasMessage("catalog.guide.fourEyes");
    }
    assertThat(writtenByTwo.approve("wang", T).status()).isEqualTo(GuideStatus.PUBLISHED);
  }

  @Test
  void aPublishedVersionCannotBeEditedOnlySuperseded() {
    GuideVersion published = draftBy("li").submit("li", T).approve("wang", T);

    assertThatThrownBy(() -> published.edit(complete("改过"), null, "li", T)).isInstanceOf(ConflictException.class)
        .hasMessage("catalog.guide.notDraft");
    assertThatThrownBy(() -> published.submit("li", T)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> published.sendBack("wang", "改", T)).isInstanceOf(ConflictException.class);
    GuideVersion history = published.supersede();
    assertThat(history.status()).isEqualTo(GuideStatus.SUPERSEDED);
    assertThat(history.published()).isTrue();
    assertThatThrownBy(() -> history.edit(complete("改过"), null, "li", T)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(history::supersede).isInstanceOf(ConflictException.class);
  }

  @Test
  void aNewVersionStartsFromThePublishedOneAsADraftWithItsOwnNumber() {
    GuideVersion published = draftBy("li").submit("li", T).approve("wang", T);
    GuideVersion next = published.nextDraft(2, "li", T.plusSeconds(600));

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.status()).isEqualTo(GuideStatus.DRAFT);
    assertThat(next.content()).isEqualTo(published.content());
    assertThat(next.editors()).isEmpty();
    assertThat(next.publishedAt()).isNull();
  }

  @Test
  void aReviewerSendsAVersionBackWithAReasonAndItIsADraftAgain() {
    GuideVersion inReview = draftBy("li").submit("li", T);

    assertThatThrownBy(() -> inReview.sendBack("wang", "  ", T)).isInstanceOf(BusinessRuleException.class)
        .hasMessage("catalog.guide.commentRequired");
    GuideVersion returned = inReview.sendBack("wang", "材料清单缺少营业执照", T);
    assertThat(returned.status()).isEqualTo(GuideStatus.DRAFT);
    assertThat(returned.reviewComment()).isEqualTo("材料清单缺少营业执照");
    assertThat(returned.submittedBy()).isNull();
    assertThat(returned.edit(complete("新事项"), null, "li", T).status()).isEqualTo(GuideStatus.DRAFT);
  }

  @Test
  void anIncompleteDraftCannotBeSubmittedAndADraftCannotBeApproved() {
    GuideVersion unfinished = GuideVersion.first("XZSPJ-901", GuideContent.named("新事项", ItemType.LICENSING,
        Audience.PERSON), "li", T);

    assertThatThrownBy(() -> unfinished.submit("li", T)).isInstanceOf(InvalidGuideException.class);
    assertThatThrownBy(() -> draftBy("li").approve("wang", T)).isInstanceOf(ConflictException.class)
        .hasMessage("catalog.guide.notInReview");
  }
}

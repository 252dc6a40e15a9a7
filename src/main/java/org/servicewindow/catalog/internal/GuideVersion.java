package org.servicewindow.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.servicewindow.catalog.GuideContent;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.ConflictException;
import org.servicewindow.common.ForbiddenException;

/**
 * One version of an item's service guide and its way to the public: a draft is edited, submitted for
 * review, and published by someone who did not write it (four eyes); a published version never changes
 * again — a correction is a new version, so what a citizen was told stays on record.
 *
 * @param editors everyone who saved content into this version; none of them may approve it
 */
public record GuideVersion(
    String itemCode,
    int version,
    GuideStatus status,
    GuideContent content,
    String changeNote,
    List<String> editors,
    Instant createdAt,
    String createdBy,
    Instant editedAt,
    Instant submittedAt,
    String submittedBy,
    Instant reviewedAt,
    String reviewedBy,
    String reviewComment,
    Instant publishedAt) {

  public GuideVersion {
    editors = editors == null ? List.of() : List.copyOf(editors);
  }

  /** The first draft of a new item, with what its creator entered. */
  public static GuideVersion first(String itemCode, GuideContent content, String by, Instant at) {
    return new GuideVersion(itemCode, 1, GuideStatus.DRAFT, content, null, List.of(by), at, by, at, null, null, null,
        null, null, null);
  }

  /** A new draft numbered {@code version}, starting from this version's content. */
  public GuideVersion nextDraft(int version, String by, Instant at) {
    return new GuideVersion(itemCode, version, GuideStatus.DRAFT, content, null, List.of(), at, by, null, null, null,
        null, null, null, null);
  }

  /** Replaces the content of a draft. */
  public GuideVersion edit(GuideContent newContent, String note, String by, Instant at) {
    requireStatus(GuideStatus.DRAFT, "catalog.guide.notDraft");
    List<String> who = new ArrayList<>(editors);
    if (!who.contains(by)) {
      who.add(by);
    }
    return new GuideVersion(itemCode, version, status, newContent, note, who, createdAt, createdBy, at, submittedAt,
        submittedBy, reviewedAt, reviewedBy, reviewComment, publishedAt);
  }

  /** Hands a complete draft to a reviewer. */
  public GuideVersion submit(String by, Instant at) {
    requireStatus(GuideStatus.DRAFT, "catalog.guide.notDraft");
    GuideRules.requireComplete(content);
    return new GuideVersion(itemCode, version, GuideStatus.IN_REVIEW, content, changeNote, editors, createdAt,
        createdBy, editedAt, at, by, reviewedAt, reviewedBy, reviewComment, publishedAt);
  }

  /** Publishes a reviewed version; its writers and its submitter may not be its reviewer. */
  public GuideVersion approve(String by, Instant at) {
    requireStatus(GuideStatus.IN_REVIEW, "catalog.guide.notInReview");
    if (!mayReview(by)) {
      throw new ForbiddenException("catalog.guide.fourEyes");
    }
    GuideRules.requireComplete(content);
    return new GuideVersion(itemCode, version, GuideStatus.PUBLISHED, content, changeNote, editors, createdAt,
        createdBy, editedAt, submittedAt, submittedBy, at, by, null, at);
  }

  /** Sends a version in review back to its editors with the reason, as a draft again. */
  public GuideVersion sendBack(String by, String comment, Instant at) {
    requireStatus(GuideStatus.IN_REVIEW, "catalog.guide.notInReview");
    if (comment == null || comment.isBlank()) {
      throw new BusinessRuleException("catalog.guide.commentRequired");
    }
    return new GuideVersion(itemCode, version, GuideStatus.DRAFT, content, changeNote, editors, createdAt, createdBy,
        editedAt, null, null, at, by, comment.strip(), publishedAt);
  }

  /** A newer version is published; this one becomes history. */
  public GuideVersion supersede() {
    requireStatus(GuideStatus.PUBLISHED, "catalog.guide.notPublished");
    return new GuideVersion(itemCode, version, GuideStatus.SUPERSEDED, content, changeNote, editors, createdAt,
        createdBy, editedAt, submittedAt, submittedBy, reviewedAt, reviewedBy, reviewComment, publishedAt);
  }

  /** Whether this person may approve the version: not one of its writers, not its submitter. */
  public boolean mayReview(String username) {
    return !editors.contains(username) && !username.equals(submittedBy);
  }

  public boolean published() {
    return status == GuideStatus.PUBLISHED || status == GuideStatus.SUPERSEDED;
  }

  public ServiceGuide toGuide(String unitCode) {
    return new ServiceGuide(itemCode, version, unitCode, publishedAt, content);
  }

  private void requireStatus(GuideStatus expected, String key) {
    if (status != expected) {
      throw new ConflictException(key, itemCode, version);
    }
  }
}

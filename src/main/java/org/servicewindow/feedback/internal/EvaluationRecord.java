package org.servicewindow.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.servicewindow.feedback.EvaluationChannel;
import org.servicewindow.feedback.Reason;
import org.servicewindow.feedback.SubjectKind;

/** A stored rating, with the service it rates copied in so statistics never need another module's tables. */
public record EvaluationRecord(
    UUID id,
    String token,
    SubjectKind kind,
    UUID subjectId,
    int level,
    boolean negative,
    EvaluationChannel channel,
    List<Reason> reasons,
    String comment,
    String contactName,
    String contactPhone,
    String hallCode,
    String unitCode,
    String windowCode,
    String staffUsername,
    String serviceCode,
    Instant servedAt,
    Instant ratedAt) {

  public boolean realName() {
    return contactPhone != null && !contactPhone.isBlank();
  }
}

package org.servicewindow.training;

import java.util.UUID;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.training.internal.LearningRecords;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of training — above all assessment, which scores study hours, quiz and
 * contest results and titles as indicators of a staff member or a unit for a year.
 */
@Service
public class TrainingApi {

  private final LearningRecords records;

  TrainingApi(LearningRecords records) {
    this.records = records;
  }

  /**
   * A staff member's training figures for a year.
   *
   * @throws NotFoundException for an unknown or inactive staff member
   */
  public TrainingIndicators indicatorsOfStaff(UUID staffId, int year) {
    return records.indicators(records.staff(staffId), year);
  }

  /** A unit's training figures for a year, averaged per active staff member. */
  public TrainingIndicators indicatorsOfUnit(String unitCode, int year) {
    return records.unitIndicators(unitCode, year);
  }
}

package org.servicewindow.assessment;

/**
 * The indicators assessment can compute, each with the way its raw value is formed from the records
 * (a share in percent, a mean, or a count). Which of them a scheme uses, and how they score, is the
 * scheme's configuration.
 */
public enum Indicator {
  /** Share (%) of counted ratings at 基本满意 or better; upheld appeals excluded. */
  SATISFACTION(Aggregate.RATE),
  /** 差评 verified 成立 in the ledger; upheld appeals excluded. */
  NEGATIVE(Aggregate.COUNT),
  /** Complaints verified 成立. */
  COMPLAINT(Aggregate.COUNT),
  /** Share (%) of completed applications finished by their promised date. */
  CASES_ON_TIME(Aggregate.RATE),
  /** Mean waiting time in minutes from ticket to call. */
  WAITING(Aggregate.MEAN),
  /** Mean inspection score in percent of the checklist's maximum. */
  INSPECTION(Aggregate.MEAN),
  /** Rectification orders closed after their deadline or still open after it. */
  RECTIFICATION_LATE(Aggregate.COUNT),
  /** Titles awarded in the year (training), staff only and yearly periods only. */
  AWARDS(Aggregate.COUNT),
  /** 空岗: stretches of an open window with nobody signed in during opening hours (queue's desk attendance). */
  UNMANNED(Aggregate.COUNT);

  /** How the records' values make the raw value. */
  public enum Aggregate {
    RATE,
    MEAN,
    COUNT
  }

  private final Aggregate aggregate;

  Indicator(Aggregate aggregate) {
    this.aggregate = aggregate;
  }

  public Aggregate aggregate() {
    return aggregate;
  }
}

package org.servicewindow.enforcement;

/**
 * The kind of an enforcement case. Decisions on licences and penalties are published within 7 working
 * days, all others within 20 (国办发〔2018〕118号, product.md "Enforcement").
 */
public enum CaseKind {
  INSPECTION(20),
  PENALTY(7),
  COERCION(20),
  LICENSING(7);

  private final int publicationDays;

  CaseKind(int publicationDays) {
    this.publicationDays = publicationDays;
  }

  /** Working days after the decision by which it must be published. */
  public int publicationDays() {
    return publicationDays;
  }
}

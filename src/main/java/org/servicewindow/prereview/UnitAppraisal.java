package org.servicewindow.prereview;

/**
 * A unit's result in an appraisal campaign (群众评议): the number of responses and the average score per
 * dimension on the 5-level scale of product.md (非常满意 5 … 非常不满意 1), and their overall mean.
 */
public record UnitAppraisal(String unitCode, String unitName, long responses, double attitude, double efficiency,
    double results, double environment, double discipline) {

  public double overall() {
    return responses == 0 ? 0 : (attitude + efficiency + results + environment + discipline) / 5;
  }
}

package org.servicewindow.enforcement.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the enforcement module ({@code sw.enforcement.*}).
 *
 * @param filesDir where the case record's files are kept, outside the web root
 * @param major what makes a decision major (重大执法决定) and so subject to legal review
 */
@ConfigurationProperties("sw.enforcement")
public record EnforcementProperties(
    @DefaultValue("./data/enforcement-files") String filesDir, @DefaultValue Major major) {

  /**
   * Criteria of a major decision; each unit's catalogue of major decisions names these kinds of case.
   *
   * @param amountThreshold a penalty of at least this amount (yuan) is major
   * @param licenceRevocation revoking a licence is major
   * @param hearing a case in which a hearing was held is major
   * @param complex a case its officers flag as complex is major
   */
  public record Major(
      @DefaultValue("50000") BigDecimal amountThreshold,
      @DefaultValue("true") boolean licenceRevocation,
      @DefaultValue("true") boolean hearing,
      @DefaultValue("true") boolean complex) {}
}

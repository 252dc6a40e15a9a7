package org.servicewindow.enforcement;

import java.math.BigDecimal;

/**
 * The decision an investigation proposes (拟作出的决定); its amount, licence revocation and complexity
 * decide, with a hearing, whether the decision is major and needs legal review.
 */
public record Proposal(String text, BigDecimal penaltyAmount, boolean licenceRevoked, boolean complex) {}

package org.servicewindow.campaign;

/**
 * One figure of a {@link CampaignIndicators} source.
 *
 * @param key message key of the figure's name, e.g. {@code campaign.indicator.queueWaitMean}
 * @param value the figure, or null when there was nothing to measure
 * @param unitKey message key of its unit (minutes, percent, count)
 * @param higherIsBetter whether a rise is an improvement (satisfaction) or not (waiting time); null for a
 *     volume that is neither (tickets taken)
 */
public record IndicatorFigure(String key, Double value, String unitKey, Boolean higherIsBetter) {}

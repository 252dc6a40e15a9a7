/**
 * 窗口行业优质服务提升行动: a campaign's phases and tasks, the work plans, monthly progress reports and
 * self-checks each participating unit owes the lead office, their review, reminders and overdue lists,
 * the joint evaluation with its honours and media list, and a dashboard — reusable as next year's template.
 * Figures of other modules reach the evaluation through {@link org.servicewindow.campaign.CampaignIndicators}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Campaign",
    allowedDependencies = {"common", "identity", "calendar", "organization", "queue", "feedback", "assessment", "notification"})
package org.servicewindow.campaign;

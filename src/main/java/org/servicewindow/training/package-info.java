/**
 * Staff development (队伍建设, the seed's 提高人员素质): training plans and sessions with attendance, question
 * banks, quizzes and timed skill contests, nominations and titles (文明柜台, 党员先锋岗, 岗位明星), and each
 * staff member's learning record, which {@link org.servicewindow.training.TrainingApi} offers to
 * assessment as indicators.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Training",
    allowedDependencies = {"common", "identity", "organization", "notification"})
package org.servicewindow.training;

/**
 * Assessment (量化考核): versioned scoring schemes of weighted indicators computed from the other modules'
 * published records (好差评, 差评 and complaints verified 成立, cases on time, waiting time, inspections,
 * rectifications, titles), per staff member, window, hall and unit and per month, quarter and year; every
 * score keeps its contributions and the ids of the records behind them, rankings and 红黑榜 are scoped to
 * the reader, closed periods are frozen (later corrections become adjustment rows), and the best are
 * proposed, approved and published as 示范窗口 and 服务标兵.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Assessment",
    allowedDependencies = {"common", "identity", "calendar", "organization", "queue", "casework", "feedback",
        "supervision", "training", "notification"})
package org.servicewindow.assessment;

package org.servicewindow.catalog;

/**
 * One step of the procedure (办理流程).
 *
 * @param countsTowardLimit false for hearings, expert review, testing and the like, which the
 *     Administrative Licensing Law (第四十五条) leaves out of the time limit
 */
public record ProcedureStep(String name, String description, boolean countsTowardLimit) {}

package org.servicewindow.feedback;

/** What was served and may be rated: a queue ticket (一次一评) or an application (一事一评). */
public enum SubjectKind {
  TICKET,
  APPLICATION
}

package org.servicewindow.queue;

/** Where a ticket was taken (api.md). */
public enum IssueChannel {
  KIOSK,
  WECHAT,
  WEB,
  APPOINTMENT,
  STAFF
}

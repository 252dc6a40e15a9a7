package org.servicewindow.notification;

/** How a notification reaches its recipient. */
public enum Channel {
  SMS,
  EMAIL,
  WECHAT
}

package org.servicewindow.identity;

import java.util.Arrays;
import java.util.List;

/** The roles of product.md, plus one role per kind of device. */
public enum Role {
  STAFF,
  HALL_MANAGER,
  UNIT_ADMIN,
  INSPECTOR,
  LEADER,
  SYSADMIN,
  /** 执法人员: works the enforcement cases of their unit. */
  ENFORCEMENT_OFFICER,
  /** 法制审核人员: reviews major enforcement decisions of their unit before they are issued. */
  LEGAL_REVIEWER,
  DEVICE_KIOSK,
  DEVICE_CALLER,
  DEVICE_BOARD,
  DEVICE_EVALUATOR,
  DEVICE_MONITOR;

  public String authority() {
    return "ROLE_" + name();
  }

  public boolean isDevice() {
    return name().startsWith("DEVICE_");
  }

  /** Roles a person can hold (devices get theirs from their kind). */
  public static List<Role> people() {
    return Arrays.stream(values()).filter(r -> !r.isDevice()).toList();
  }
}

/**
 * Shared kernel: time, ids, paging, the error model and navigation — the few types every module needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.servicewindow.common;

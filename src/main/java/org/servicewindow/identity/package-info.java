/**
 * Who is asking and what they may see: users, roles, data scopes, bearer and device tokens, login, and
 * the audit log of every write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity & audit", allowedDependencies = "common")
package org.servicewindow.identity;

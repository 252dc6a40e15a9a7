package org.servicewindow.feedback.web;

import org.servicewindow.organization.OrganizationApi;

/** Names of the codes a ledger entry carries, for the pages (public so templates can call it). */
public final class LedgerNames {

  private final OrganizationApi organization;

  LedgerNames(OrganizationApi organization) {
    this.organization = organization;
  }

  public String hall(String code) {
    return code == null ? "" : organization.hall(code).map(h -> h.name()).orElse(code);
  }

  public String unit(String code) {
    return code == null ? "" : organization.unit(code).map(u -> u.name()).orElse(code);
  }

  public String window(String code) {
    return code == null ? "" : organization.window(code).map(w -> w.name()).orElse(code);
  }

  public String staff(String username) {
    return username == null ? "" : organization.staffOfUser(username)
        .map(s -> s.name() + "（" + s.staffNumber() + "）").orElse(username);
  }
}

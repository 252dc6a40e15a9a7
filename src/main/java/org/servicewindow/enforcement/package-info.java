/**
 * 执法三项制度: administrative enforcement cases of enforcement units with a tamper-evident, hash-chained
 * case record (全过程记录), the legal review gate before major decisions (法制审核) and the publication of
 * enforcement information before and after the fact (公示).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Enforcement",
    allowedDependencies = {"common", "identity", "calendar", "organization"})
package org.servicewindow.enforcement;

package org.servicewindow.feedback;

import java.util.Arrays;
import java.util.List;

/**
 * The aspects a citizen may name with a rating: the offline indicator set (服务效率, 服务水平, 服务态度) for
 * a service at the window, the online set (办事效率, 办事指南准确度, 办事便捷度, 平台操作性) for an
 * application rated online. The lists are those of issue 7 (product.md names no other); a satisfied
 * level presents them as what was good, 不满意/非常不满意 as what was wrong.
 */
public enum Reason {
  SERVICE_EFFICIENCY(false),
  SERVICE_COMPETENCE(false),
  SERVICE_ATTITUDE(false),
  ONLINE_EFFICIENCY(true),
  GUIDE_ACCURACY(true),
  CONVENIENCE(true),
  PLATFORM_USABILITY(true);

  private final boolean online;

  Reason(boolean online) {
    this.online = online;
  }

  public boolean online() {
    return online;
  }

  /** The reason set of a rating: online for an application rated on the web or by SMS, else offline. */
  public static List<Reason> setFor(SubjectKind kind, EvaluationChannel channel) {
    boolean online = kind == SubjectKind.APPLICATION && !channel.onSite();
    return Arrays.stream(values()).filter(r -> r.online == online).toList();
  }
}

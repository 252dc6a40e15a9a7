package org.servicewindow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * A module's declared access rules, one per endpoint, walked by {@link AuthorizationMatrixIntegrationTests}
 * with every role, every device and an anonymous client. Each module's tests hold one implementation
 * (with a public no-argument constructor); an endpoint without a rule fails the build.
 */
public interface EndpointAccess {

  List<Rule> rules();

  /** Who may call an endpoint. */
  enum Who {
    ANONYMOUS,
    STAFF,
    HALL_MANAGER,
    UNIT_ADMIN,
    INSPECTOR,
    LEADER,
    SYSADMIN,
    /** 执法人员 (ENFORCEMENT_OFFICER). */
    OFFICER,
    /** 法制审核人员 (LEGAL_REVIEWER). */
    REVIEWER,
    KIOSK,
    CALLER,
    BOARD,
    EVALUATOR;

    public static final Set<Who> PEOPLE = EnumSet.of(STAFF, HALL_MANAGER, UNIT_ADMIN, INSPECTOR, LEADER, SYSADMIN, OFFICER,
        REVIEWER);
    public static final Set<Who> DEVICES = EnumSet.of(KIOSK, CALLER, BOARD, EVALUATOR);
    public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    public boolean isDevice() {
      return DEVICES.contains(this);
    }
  }

  /**
   * @param method the HTTP method
   * @param pattern the mapping pattern exactly as declared, e.g. {@code /admin/users/{id}}
   * @param sample a concrete path to call (ids filled in; unknown ids are fine: a 404 still proves access)
   * @param allowed who gets past security
   */
  record Rule(HttpMethod method, String pattern, String sample, Set<Who> allowed) {

    public static Rule of(HttpMethod method, String pattern, Set<Who> allowed) {
      return new Rule(method, pattern, pattern, allowed);
    }

    public static Rule of(HttpMethod method, String pattern, String sample, Set<Who> allowed) {
      return new Rule(method, pattern, sample, allowed);
    }

    public static Set<Who> only(Who... who) {
      return who.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(who));
    }
  }
}

package org.servicewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DataScopeTests {

  static Actor actor(Role role, String unit, String hall, String window) {
    return new Actor(Actor.Kind.USER, "u", "U", Set.of(role), unit, hall, window);
  }

  @Test
  void operatorsAndInspectorsSeeTheWholeCity() {
    assertThat(actor(Role.SYSADMIN, null, null, null).scope()).isEqualTo(DataScope.ALL);
    assertThat(actor(Role.INSPECTOR, "BJDCS", null, null).scope()).isEqualTo(DataScope.ALL);
    assertThat(actor(Role.LEADER, null, null, null).scope()).isEqualTo(DataScope.ALL);
  }

  @Test
  void aUnitLeaderAndAUnitAdminSeeTheirUnitInEveryHall() {
    DataScope scope = actor(Role.UNIT_ADMIN, "BJSWJ", null, null).scope();
    assertThat(scope.permits("BJSWJ", "TAXHALL", "TAXHALL-01")).isTrue();
    assertThat(scope.permits("BJSWJ", "BJZWFW", "BJZWFW-07")).isTrue();
    assertThat(scope.permits("BJGAJ", "BJZWFW", "BJZWFW-07")).isFalse();
    assertThat(actor(Role.LEADER, "BJSWJ", null, null).scope().level()).isEqualTo(DataScope.Level.UNIT);
  }

  @Test
  void aHallManagerSeesTheirHallOnly() {
    DataScope scope = actor(Role.HALL_MANAGER, "BJZWFWZX", "BJZWFW", null).scope();
    assertThat(scope.permits("BJSWJ", "BJZWFW", "BJZWFW-07")).isTrue();
    assertThat(scope.permits("BJZWFWZX", "TAXHALL", "TAXHALL-01")).isFalse();
    assertThat(scope.sql("w.unit", "w.hall", "w.code")).isEqualTo("w.hall = :scopeHall");
    assertThat(scope.params()).containsEntry("scopeHall", "BJZWFW");
  }

  @Test
  void staffSeeTheirWindowOnly() {
    DataScope scope = actor(Role.STAFF, "BJZWFWZX", "BJZWFW", "BJZWFW-03").scope();
    assertThat(scope.permits("BJZWFWZX", "BJZWFW", "BJZWFW-03")).isTrue();
    assertThat(scope.permits("BJZWFWZX", "BJZWFW", "BJZWFW-04")).isFalse();
  }

  @Test
  void anActorWithoutAScopeSeesNothing() {
    assertThat(actor(Role.STAFF, null, null, null).scope()).isEqualTo(DataScope.NONE);
    assertThat(DataScope.NONE.sql("a", "b", "c")).isEqualTo("1=0");
    assertThat(DataScope.of(null)).isEqualTo(DataScope.NONE);
  }

  @Test
  void aScopeOnAColumnTheTableLacksMatchesNothing() {
    assertThat(actor(Role.UNIT_ADMIN, "BJSWJ", null, null).scope().sql(null, "hall", null)).isEqualTo("1=0");
  }
}

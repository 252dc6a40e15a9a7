package org.servicewindow.training.internal;

import java.util.Set;
import org.servicewindow.common.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Training's entries in the staff navigation, and the public honour roll on the home page. */
@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

  static final String SECTION = "nav.section.training";
  static final Set<String> READERS = Set.of(TrainingAccess.READERS);

  @Bean
  NavItem trainingPlansNav() {
    return new NavItem(SECTION, "nav.training.plans", "/admin/training/plans", 1200, READERS);
  }

  @Bean
  NavItem trainingQuestionsNav() {
    return new NavItem(SECTION, "nav.training.questions", "/admin/training/questions", 1210, READERS);
  }

  @Bean
  NavItem trainingQuizzesNav() {
    return new NavItem(SECTION, "nav.training.quizzes", "/admin/training/quizzes", 1220, READERS);
  }

  @Bean
  NavItem trainingStaffNav() {
    return new NavItem(SECTION, "nav.training.staff", "/admin/training/staff", 1225, READERS);
  }

  @Bean
  NavItem trainingNominationsNav() {
    return new NavItem(SECTION, "nav.training.nominations", "/admin/training/nominations", 1230, READERS);
  }

  @Bean
  NavItem trainingMineNav() {
    return new NavItem(SECTION, "nav.training.mine", "/training/mine", 1240, Set.of(TrainingAccess.PARTICIPANTS));
  }

  @Bean
  NavItem trainingRecordNav() {
    return new NavItem(SECTION, "nav.training.record", "/training/record", 1250, Set.of(TrainingAccess.PARTICIPANTS));
  }

  @Bean
  NavItem publicHonoursNav() {
    return new NavItem("nav.section.public", "nav.training.honours", "/public/honours", 120, Set.of());
  }
}

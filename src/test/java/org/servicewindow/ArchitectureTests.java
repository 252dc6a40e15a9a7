package org.servicewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules of architecture.md that the compiler does not check. */
@AnalyzeClasses(packages = "org.servicewindow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule modulesHaveNoCycles =
      slices().matching("org.servicewindow.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule controllersArePackagePrivate = classes()
      .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
      .should().notHaveModifier(JavaModifier.PUBLIC)
      .because("controllers are entry points, never an API for other code");

  @ArchTest
  static final ArchRule timeComesFromTheInjectedClock = noClasses()
      .should().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(LocalTime.class, "now")
      .orShould().callMethod(Instant.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("tests move time through the Clock bean, and business dates are China dates");

  @ArchTest
  static final ArchRule noFieldInjection = noFields()
      .should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
      .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
      .orShould().beAnnotatedWith("jakarta.inject.Inject")
      .orShould().beAnnotatedWith("jakarta.annotation.Resource")
      .because("constructor injection keeps dependencies explicit and classes testable");

  @ArchTest
  static final ArchRule noJpa = noClasses()
      .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
      .because("data access is Spring Data JDBC and JdbcClient");

  /**
   * Spring names a component after its simple class name, so two modules each with a
   * {@code SupervisionController} break the application at start; modules are written in parallel.
   */
  @ArchTest
  static void noTwoComponentsShareASimpleName(JavaClasses classes) {
    Map<String, List<String>> byName = classes.stream()
        .filter(c -> c.isAnnotatedWith(Component.class) || c.isMetaAnnotatedWith(Component.class))
        .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
    assertThat(byName.values().stream().filter(names -> names.size() > 1).toList()).isEmpty();
  }
}

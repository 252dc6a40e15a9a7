package org.servicewindow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * Spring names a component after its simple class name, so two modules each with a {@code
 * SupervisionController} break the application at start. Modules are written in parallel; this catches
 * the clash in the unit tests instead of in every integration test at once.
 */
class BeanNameTests {

  @Test
  void noTwoComponentsShareASimpleName() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.servicewindow");
    Map<String, List<String>> byName = classes.stream()
        .filter(c -> c.isAnnotatedWith(Component.class) || c.isMetaAnnotatedWith(Component.class))
        .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
    assertThat(byName.values().stream().filter(names -> names.size() > 1).toList()).isEmpty();
  }
}

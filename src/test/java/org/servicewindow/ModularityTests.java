package org.servicewindow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of architecture.md hold, and their diagrams are written to docs/modules. */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(ServiceWindowApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublishedApi() {
    MODULES.verify();
  }

  @Test
  void writesModuleDiagramsIntoTheDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}

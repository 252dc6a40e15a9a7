package org.servicewindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
  void writesModuleDiagramsIntoTheDocs() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
      for (Path file : files.toList()) {
        if (file.toString().endsWith(".puml")) {
          Files.write(file, sortedRelations(Files.readAllLines(file)));
        } else if (file.toString().endsWith(".adoc")) {
          Files.write(file, sortedListItems(Files.readAllLines(file)));
        }
      }
    }
  }

  /**
   * The Documenter writes a diagram's relations in an order that changes from run to run; sorted, a
   * diagram changes only when the modules do, so parallel branches don't conflict over it.
   */
  static List<String> sortedRelations(List<String> lines) {
    List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
    List<String> out = new ArrayList<>();
    int next = 0;
    for (String line : lines) {
      out.add(line.startsWith("Rel(") ? relations.get(next++) : line);
    }
    return out;
  }

  /**
   * The same for a canvas: each table cell's bullet list ({@code |* …} then {@code * …} items, an item
   * keeping its continuation lines) sorted.
   */
  static List<String> sortedListItems(List<String> lines) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).startsWith("|* ")) {
        out.add(lines.get(i++));
        continue;
      }
      List<List<String>> items = new ArrayList<>();
      items.add(new ArrayList<>(List.of(lines.get(i++).substring(1))));
      while (i < lines.size() && !lines.get(i).startsWith("|")) {
        if (lines.get(i).startsWith("* ")) {
          items.add(new ArrayList<>());
        }
        items.get(items.size() - 1).add(lines.get(i++));
      }
      items.sort(java.util.Comparator.comparing(item -> item.get(0)));
      items.forEach(out::addAll);
      out.set(out.size() - items.stream().mapToInt(List::size).sum(), "|" + items.get(0).get(0));
    }
    return out;
  }
}

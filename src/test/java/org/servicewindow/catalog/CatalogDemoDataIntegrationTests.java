package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicewindow.IntegrationTest;
import org.servicewindow.catalog.internal.Bundle;
import org.servicewindow.catalog.internal.GuideRules;
import org.servicewindow.catalog.internal.PublicGuides;
import org.servicewindow.common.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo catalogue: about 200 real items of the demo units, every guide complete, bundles that merge. */
@IntegrationTest
class CatalogDemoDataIntegrationTests {

  @Autowired JdbcClient jdbc;
  @Autowired Catalog catalog;
  @Autowired PublicGuides guides;

  @Test
  void aboutTwoHundredItemsOfTheDemoUnitsHaveCompleteGuides() {
    List<String> codes = jdbc.sql("SELECT code FROM catalog_item WHERE code NOT LIKE 'T-%' AND code NOT LIKE 'NEW-%'"
        + " AND current_version IS NOT NULL").query(String.class).list();
    Set<String> units = new HashSet<>();
    Set<String> names = new HashSet<>();

    assertThat(codes).hasSizeGreaterThanOrEqualTo(190);
    for (String code : codes) {
      ServiceGuide guide = catalog.guide(code).orElseThrow();
      assertThat(GuideRules.completeProblems(guide.content())).as(code).isEmpty();
      assertThat(guide.content().promisedLimitDays()).as(code).isLessThanOrEqualTo(guide.content().legalLimitDays());
      units.add(guide.unitCode());
      names.add(guide.name());
    }
    assertThat(units).hasSizeGreaterThanOrEqualTo(25);
    assertThat(names).as("names are unique").hasSize(codes.size());
  }

  @Test
  void fourOrMoreBundlesOfPublishedItemsMergeTheirMaterials() {
    List<Bundle> bundles = guides.bundles(PageQuery.of(0, 50)).items();

    assertThat(bundles).hasSizeGreaterThanOrEqualTo(4);
    assertThat(bundles).extracting(Bundle::name).contains("开办餐饮店", "新生儿出生");
    for (Bundle b : bundles) {
      b.itemCodes().forEach(c -> assertThat(catalog.currentVersion(c)).as(c).isPresent());
      MergedChecklist all = catalog.mergedChecklist(b.itemCodes());
      long separately = b.itemCodes().stream().mapToLong(c -> catalog.materialsOf(c).size()).sum();
      assertThat(all.materials().size()).as(b.name()).isLessThan((int) separately);
    }
  }
}

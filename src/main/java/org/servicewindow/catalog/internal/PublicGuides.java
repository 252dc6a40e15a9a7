package org.servicewindow.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.MergedChecklist;
import org.servicewindow.catalog.MergedForm;
import org.servicewindow.catalog.ServiceGuide;
import org.servicewindow.common.BusinessRuleException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.common.Paged;
import org.servicewindow.organization.HallSummary;
import org.servicewindow.organization.OrganizationApi;
import org.servicewindow.organization.UnitSummary;
import org.servicewindow.organization.WindowSummary;
import org.springframework.stereotype.Service;

/**
 * The published catalog as citizens and other systems read it, without login: search by words or pinyin
 * initials, browse by unit and by life event, a guide with the windows that handle it, bundles with their
 * merged checklist and form. Only published versions are ever shown.
 */
@Service
public class PublicGuides {

  /** The most items a citizen may pick into one matter of their own. */
  public static final int MAX_PICKED = 10;

  /** A search result with its unit's name. */
  public record Result(ServiceItems.Published item, String unitName) {}

  public record UnitEntry(String code, String name, long items) {}

  public record EventEntry(LifeEvent event, long items) {}

  /** Where to go: the windows of one hall, floor and zone that handle the item, by their numbers ("1–8", "11"). */
  public record Counter(String hallName, int floor, String zone, List<String> numbers) {}

  /** A guide with what its page shows around it. */
  public record GuidePage(ServiceGuide guide, UnitSummary unit, List<Counter> counters, Map<UUID, String> files) {}

  /** The items of a bundle (or of a citizen's own pick) with their merged checklist and form. */
  public record Selection(Bundle bundle, List<Result> items, MergedChecklist checklist, MergedForm form) {
    public List<String> codes() {
      return items.stream().map(r -> r.item().code()).toList();
    }
  }

  private final ServiceItems items;
  private final GuideVersions versions;
  private final CatalogFiles files;
  private final Bundles bundles;
  private final Catalog catalog;
  private final OrganizationApi organization;

  PublicGuides(ServiceItems items, GuideVersions versions, CatalogFiles files, Bundles bundles, Catalog catalog,
      OrganizationApi organization) {
    this.items = items;
    this.versions = versions;
    this.files = files;
    this.bundles = bundles;
    this.catalog = catalog;
    this.organization = organization;
  }

  /**
   * Published items matching all words (in the name, code, pinyin initials, result or the unit's name),
   * of a unit, tagged with a life event, handled in a hall — each criterion optional.
   */
  public Paged<Result> search(String query, String unitCode, String hallCode, LifeEvent event, PageQuery page) {
    List<String> terms = ServiceItems.words(query);
    List<UnitSummary> units = organization.units();
    List<List<String>> unitsNamed = terms.stream()
        .map(t -> units.stream().filter(u -> u.name().contains(t)).map(UnitSummary::code).toList())
        .toList();
    Set<String> inHall = Texts.present(hallCode) ? handledIn(hallCode.strip()) : null;
    Paged<ServiceItems.Published> found = items.searchPublished(
        new ServiceItems.Search(terms, unitsNamed, Texts.clean(unitCode), event, inHall), page);
    Map<String, String> names = unitNames(units);
    return found.map(p -> new Result(p, names.getOrDefault(p.unitCode(), p.unitCode())));
  }

  /** The units that implement published items, with how many, by name. */
  public List<UnitEntry> units() {
    Map<String, String> names = unitNames(organization.units());
    List<UnitEntry> entries = new ArrayList<>();
    items.publishedPerUnit().forEach((code, n) -> entries.add(new UnitEntry(code, names.getOrDefault(code, code), n)));
    entries.sort(Comparator.comparing(UnitEntry::items).reversed().thenComparing(UnitEntry::code));
    return entries;
  }

  /** Every life event with how many published items are tagged with it (zero too), in the enum's order. */
  public List<EventEntry> lifeEvents() {
    Map<LifeEvent, Long> counts = items.publishedPerLifeEvent();
    return java.util.Arrays.stream(LifeEvent.values())
        .map(e -> new EventEntry(e, counts.getOrDefault(e, 0L)))
        .toList();
  }

  public String unitName(String unitCode) {
    return organization.unit(unitCode).map(UnitSummary::name).orElse(unitCode);
  }

  public ServiceGuide guide(String code) {
    return catalog.guide(code).orElseThrow(() -> new NotFoundException("catalog.item.notFound", code));
  }

  public GuidePage page(String code) {
    ServiceGuide guide = guide(code);
    UnitSummary unit = organization.unit(guide.unitCode()).orElse(null);
    Map<UUID, String> names = files.names(guide.content().materials().stream()
        .flatMap(m -> java.util.stream.Stream.of(m.blankForm(), m.sample()))
        .filter(java.util.Objects::nonNull).toList());
    return new GuidePage(guide, unit, counters(code), names);
  }

  /** A blank form or sample of the guide in force; nothing else is served publicly. */
  public CatalogFile file(UUID id) {
    if (!versions.attachedToPublished(id)) {
      throw new NotFoundException("catalog.file.notFound");
    }
    return files.find(id).orElseThrow(() -> new NotFoundException("catalog.file.notFound"));
  }

  /** The names of published items, by code (unknown codes are left out). */
  public Map<String, String> names(List<String> codes) {
    Map<String, String> names = new HashMap<>();
    items.published(codes).forEach(p -> names.put(p.code(), p.name()));
    return names;
  }

  /** The names of the blank forms and samples of a checklist's materials. */
  public Map<UUID, String> fileNames(MergedChecklist checklist) {
    return files.names(checklist.materials().stream()
        .flatMap(m -> java.util.stream.Stream.of(m.requirement().blankForm(), m.requirement().sample()))
        .filter(java.util.Objects::nonNull).toList());
  }

  public Paged<Bundle> bundles(PageQuery page) {
    return bundles.list(page);
  }

  public Bundle bundle(String code) {
    return bundles.find(code).orElseThrow(() -> new NotFoundException("catalog.bundle.notFound", code));
  }

  /** A bundle's items for the citizen's picks (see {@link Bundle#selection}), merged. */
  public Selection bundleSelection(String code, List<String> picked) {
    Bundle bundle = bundle(code);
    return select(bundle, bundle.selection(picked == null ? List.of() : picked));
  }

  /**
   * Items a citizen picked themselves (点餐式), merged: unknown codes and repeats are left out; more than
   * {@value #MAX_PICKED} are refused.
   */
  public Selection customSelection(List<String> picked) {
    List<String> codes = picked == null ? List.of()
        : new LinkedHashSet<>(picked).stream().filter(c -> catalog.currentVersion(c).isPresent()).toList();
    if (codes.size() > MAX_PICKED) {
      throw new BusinessRuleException("catalog.pick.tooMany", MAX_PICKED);
    }
    return select(null, codes);
  }

  /** Published items whose names match, for a citizen adding items to their own matter. */
  public List<Result> suggestions(String query, int max) {
    if (!Texts.present(query)) {
      return List.of();
    }
    return search(query, null, null, null, new PageQuery(0, max)).items();
  }

  private Selection select(Bundle bundle, List<String> codes) {
    Map<String, ServiceItems.Published> byCode = new HashMap<>();
    items.published(codes).forEach(p -> byCode.put(p.code(), p));
    List<String> found = codes.stream().filter(byCode::containsKey).toList();
    Map<String, String> names = unitNames(organization.units());
    List<Result> results = found.stream()
        .map(c -> new Result(byCode.get(c), names.getOrDefault(byCode.get(c).unitCode(), byCode.get(c).unitCode())))
        .toList();
    return new Selection(bundle, results, catalog.mergedChecklist(found), catalog.mergedForm(found));
  }

  private Set<String> handledIn(String hallCode) {
    Set<String> codes = new LinkedHashSet<>();
    organization.windowsOf(hallCode).forEach(w -> codes.addAll(organization.servicesOf(w.code())));
    return codes;
  }

  private List<Counter> counters(String code) {
    Map<String, String> hallNames = new HashMap<>();
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (WindowSummary w : organization.windowsHandling(null, code)) {
      groups.computeIfAbsent(List.of(w.hallCode(), w.floor(), w.zone() == null ? "" : w.zone()), k -> new ArrayList<>())
          .add(w.number());
    }
    List<Counter> counters = new ArrayList<>();
    groups.forEach((key, numbers) -> {
      String hall = (String) key.get(0);
      String hallName = hallNames.computeIfAbsent(hall,
          h -> organization.hall(h).map(HallSummary::name).orElse(h));
      String zone = (String) key.get(2);
      counters.add(new Counter(hallName, (Integer) key.get(1), zone.isEmpty() ? null : zone, ranges(numbers)));
    });
    return counters;
  }

  /** 1, 2, 3, 4, 7, 9, 10 → "1–4", "7", "9", "10": runs of three or more as a range. */
  static List<String> ranges(List<Integer> numbers) {
    List<Integer> sorted = numbers.stream().sorted().distinct().toList();
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (j > i + 1) {
        parts.add(sorted.get(i) + "–" + sorted.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(String.valueOf(sorted.get(k)));
        }
      }
      i = j + 1;
    }
    return parts;
  }

  private static Map<String, String> unitNames(List<UnitSummary> units) {
    Map<String, String> names = new HashMap<>();
    units.forEach(u -> names.put(u.code(), u.name()));
    return names;
  }
}

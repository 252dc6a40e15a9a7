package org.servicewindow.catalog.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicewindow.catalog.internal.FormAnswers;
import org.servicewindow.catalog.internal.PublicGuides;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "一件事一次办" for citizens: the bundles, a bundle's merged checklist (a menu bundle after the citizen's
 * picks), the merged application form (一表申请) that is checked and printed — never stored: the
 * application itself is made at the window. {@value #CUSTOM} is the citizen's own pick of any items.
 */
@Controller
@RequestMapping("/bundles")
class PublicBundleController {

  static final String CUSTOM = "custom";
  /** Answers arrive as {@code a.<field key>}. */
  static final String ANSWER = "a.";

  private final PublicGuides guides;
  private final GuideLinks links;
  private final Clock clock;

  PublicBundleController(PublicGuides guides, GuideLinks links, Clock clock) {
    this.guides = guides;
    this.links = links;
    this.clock = clock;
  }

  @GetMapping
  String list(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("bundles", guides.bundles(PageQuery.of(page, null)));
    return "catalog/public/bundles";
  }

  @GetMapping("/{code}")
  String bundle(
      @PathVariable String code,
      @RequestParam(required = false) List<String> items,
      @RequestParam(required = false) String q,
      Model model) {
    PublicGuides.Selection selection = selection(code, items);
    model.addAttribute("q", q);
    if (CUSTOM.equals(code)) {
      model.addAttribute("suggestions", guides.suggestions(q, 8).stream()
          .filter(r -> !selection.codes().contains(r.item().code())).toList());
    }
    return show(code, selection, model, "catalog/public/bundle");
  }

  @GetMapping("/{code}/checklist")
  String checklist(@PathVariable String code, @RequestParam(required = false) List<String> items, Model model) {
    PublicGuides.Selection selection = selection(code, items);
    model.addAttribute("title", title(code, selection));
    model.addAttribute("back", link(code, selection, ""));
    model.addAttribute("qr", link(code, selection, "/qr.png"));
    model.addAttribute("link", links.absolute(link(code, selection, "")));
    model.addAttribute("today", ChinaTime.today(clock));
    return show(code, selection, model, "catalog/print/checklist");
  }

  @GetMapping("/{code}/form")
  String form(@PathVariable String code, @RequestParam(required = false) List<String> items, Model model) {
    PublicGuides.Selection selection = selection(code, items);
    model.addAttribute("answers", FormAnswers.check(selection.form(), Map.of()).values());
    model.addAttribute("problems", Map.of());
    return show(code, selection, model, "catalog/public/bundle-form");
  }

  /** Checks the answers; a valid form is shown ready to print, an invalid one comes back with everything typed. */
  @PostMapping("/{code}/form")
  String check(
      @PathVariable String code,
      @RequestParam(required = false) List<String> items,
      @RequestParam Map<String, String> params,
      Model model) {
    PublicGuides.Selection selection = selection(code, items);
    Map<String, String> answers = new LinkedHashMap<>();
    params.forEach((name, value) -> {
      if (name.startsWith(ANSWER)) {
        answers.put(name.substring(ANSWER.length()), value);
      }
    });
    FormAnswers.Result result = FormAnswers.check(selection.form(), answers);
    model.addAttribute("answers", result.values());
    model.addAttribute("problems", result.problems());
    if (!result.valid()) {
      return show(code, selection, model, "catalog/public/bundle-form");
    }
    model.addAttribute("title", title(code, selection));
    model.addAttribute("back", link(code, selection, "/form"));
    model.addAttribute("today", ChinaTime.today(clock));
    return show(code, selection, model, "catalog/print/form");
  }

  @GetMapping(path = "/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(
      @PathVariable String code,
      @RequestParam(required = false) List<String> items) {
    return QrResponse.of(links.absolute(link(code, selection(code, items), "")));
  }

  private PublicGuides.Selection selection(String code, List<String> items) {
    return CUSTOM.equals(code) ? guides.customSelection(items) : guides.bundleSelection(code, items);
  }

  private String show(String code, PublicGuides.Selection selection, Model model, String view) {
    model.addAttribute("code", code);
    model.addAttribute("custom", CUSTOM.equals(code));
    model.addAttribute("selection", selection);
    model.addAttribute("checklist", selection.checklist());
    Map<String, String> names = new LinkedHashMap<>();
    selection.items().forEach(r -> names.put(r.item().code(), r.item().name()));
    model.addAttribute("names", names);
    model.addAttribute("itemsQuery", itemsQuery(selection.codes()));
    model.addAttribute("files", guides.fileNames(selection.checklist()));
    if (selection.bundle() != null) {
      model.addAttribute("bundleNames", guides.names(selection.bundle().itemCodes()));
    }
    return view;
  }

  private static String title(String code, PublicGuides.Selection selection) {
    return selection.bundle() != null ? selection.bundle().name() : null;
  }

  /** The bundle's page (or a sub-page) for this selection. */
  static String link(String code, PublicGuides.Selection selection, String sub) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/bundles/" + code + sub);
    selection.codes().forEach(c -> uri.queryParam("items", c));
    return uri.build().toUriString();
  }

  static String itemsQuery(List<String> codes) {
    StringBuilder query = new StringBuilder();
    codes.forEach(c -> query.append("items=").append(c).append('&'));
    return query.toString();
  }
}

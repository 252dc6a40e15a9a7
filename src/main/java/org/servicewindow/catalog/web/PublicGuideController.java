package org.servicewindow.catalog.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.servicewindow.catalog.Catalog;
import org.servicewindow.catalog.LifeEvent;
import org.servicewindow.catalog.ServiceItemFigures;
import org.servicewindow.catalog.internal.CatalogFile;
import org.servicewindow.catalog.internal.PublicGuides;
import org.servicewindow.common.ChinaTime;
import org.servicewindow.common.PageQuery;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public guide site, no login: search and browse, a guide's page, and what a citizen or a hall
 * prints from it — the materials checklist, the A3 poster for the notice board with its QR code.
 */
@Controller
@RequestMapping("/guides")
class PublicGuideController {

  private final PublicGuides guides;
  private final Catalog catalog;
  private final GuideLinks links;
  private final Clock clock;
  private final ObjectProvider<ServiceItemFigures> figures;

  PublicGuideController(PublicGuides guides, Catalog catalog, GuideLinks links, Clock clock,
      ObjectProvider<ServiceItemFigures> figures) {
    this.figures = figures;
    this.guides = guides;
    this.catalog = catalog;
    this.links = links;
    this.clock = clock;
  }

  @GetMapping
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) LifeEvent event,
      @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    boolean searching = (q != null && !q.isBlank()) || (unit != null && !unit.isBlank()) || event != null;
    model.addAttribute("q", q);
    model.addAttribute("unit", unit);
    model.addAttribute("event", event);
    model.addAttribute("searching", searching);
    if (searching) {
      model.addAttribute("results", guides.search(q, unit, null, event, PageQuery.of(page, null)));
      model.addAttribute("unitName", unit == null || unit.isBlank() ? null : guides.unitName(unit));
    } else {
      model.addAttribute("events", guides.lifeEvents().stream().filter(e -> e.items() > 0).toList());
      model.addAttribute("units", guides.units());
      model.addAttribute("bundles", guides.bundles(PageQuery.of(0, 6)).items());
    }
    return htmx != null ? "catalog/public/guides :: results" : "catalog/public/guides";
  }

  @GetMapping("/{code}")
  String guide(@PathVariable String code, Model model) {
    PublicGuides.GuidePage page = guides.page(code);
    model.addAttribute("page", page);
    model.addAttribute("guide", page.guide());
    model.addAttribute("checklist", catalog.mergedChecklist(List.of(code)));
    model.addAttribute("files", page.files());
    model.addAttribute("names", java.util.Map.of(code, page.guide().name()));
    model.addAttribute("figures", figures.orderedStream().flatMap(f -> f.figuresFor(code).stream()).toList());
    return "catalog/public/guide";
  }

  /** The citizen's materials checklist of one item, to print and tick off. */
  @GetMapping("/{code}/checklist")
  String checklist(@PathVariable String code, Model model) {
    PublicGuides.GuidePage page = guides.page(code);
    model.addAttribute("title", page.guide().name());
    model.addAttribute("guide", page.guide());
    model.addAttribute("unitName", page.unit() == null ? page.guide().unitCode() : page.unit().name());
    model.addAttribute("counters", page.counters());
    model.addAttribute("checklist", catalog.mergedChecklist(List.of(code)));
    model.addAttribute("names", java.util.Map.of(code, page.guide().name()));
    model.addAttribute("back", links.guide(code));
    model.addAttribute("qr", links.guide(code) + "/qr.png");
    model.addAttribute("link", links.absolute(links.guide(code)));
    model.addAttribute("today", ChinaTime.today(clock));
    return "catalog/print/checklist";
  }

  /** The A3 poster of a guide for a hall's notice board (宣传栏). */
  @GetMapping("/{code}/poster")
  String poster(@PathVariable String code, Model model) {
    PublicGuides.GuidePage page = guides.page(code);
    model.addAttribute("page", page);
    model.addAttribute("guide", page.guide());
    model.addAttribute("link", links.absolute(links.guide(code)));
    return "catalog/print/poster";
  }

  @GetMapping(path = "/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@PathVariable String code) {
    guides.guide(code);
    return QrResponse.of(links.absolute(links.guide(code)));
  }

  /** A blank form or sample of a guide in force. */
  @GetMapping("/files/{id}")
  ResponseEntity<byte[]> file(@PathVariable UUID id) {
    CatalogFile file = guides.file(id);
    ContentDisposition disposition = (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(file.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .body(file.content());
  }
}

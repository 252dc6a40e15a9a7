package org.servicewindow.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.Access;
import org.servicewindow.organization.internal.ImportColumns;
import org.servicewindow.organization.internal.ImportKind;
import org.servicewindow.organization.internal.ImportRecord;
import org.servicewindow.organization.internal.OrganizationImport;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of units, windows and staff: the upload form with templates, the result page (all rows
 * imported, or none and every problem with its row), and the list of earlier imports.
 */
@Controller
@RequestMapping("/admin/organization/import")
class ImportController {

  private final OrganizationImport imports;
  private final MessageSource messages;

  ImportController(OrganizationImport imports, MessageSource messages) {
    this.imports = imports;
    this.messages = messages;
  }

  @GetMapping
  String form(
      @AuthenticationPrincipal Actor actor,
      @RequestParam(required = false) ImportKind kind,
      @RequestParam(required = false) Integer page,
      Model model) {
    List<ImportKind> kinds = kinds(actor);
    model.addAttribute("kinds", kinds);
    model.addAttribute("kind", kind != null && kinds.contains(kind) ? kind : kinds.get(kinds.size() - 1));
    model.addAttribute("columns", java.util.Arrays.stream(ImportKind.values())
        .collect(java.util.stream.Collectors.toMap(k -> k, ImportColumns::of)));
    model.addAttribute("recent", imports.recent(actor, PageQuery.of(page, 10)));
    return "organization/imports/form";
  }

  @PostMapping
  String upload(
      @AuthenticationPrincipal Actor actor,
      @RequestParam ImportKind kind,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    byte[] content = file == null ? new byte[0] : file.getBytes();
    String name = file == null ? null : file.getOriginalFilename();
    ImportRecord record = imports.run(actor, kind, name, content);
    return "redirect:/admin/organization/import/" + record.id();
  }

  @GetMapping("/{id}")
  String result(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    ImportRecord record = imports.find(actor, id).orElseThrow(() -> new NotFoundException("org.import.notFound"));
    model.addAttribute("record", record);
    model.addAttribute("kinds", kinds(actor));
    return "organization/imports/result";
  }

  @GetMapping("/template/{kind}")
  ResponseEntity<byte[]> template(
      @PathVariable ImportKind kind, @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
    String base = "org-import-" + kind.name().toLowerCase(Locale.ROOT);
    if ("csv".equals(format)) {
      return download(imports.templateCsv(kind), base + ".csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }
    List<String> notes = new ArrayList<>();
    for (String key : List.of("org.import.note.required", "org.import.note.rowNumbers", "org.import.note.allOrNothing",
        "org.import.note." + kind.name())) {
      notes.add(messages.getMessage(key, null, locale));
    }
    byte[] xlsx = imports.templateXlsx(kind, messages.getMessage("org.importKind." + kind.name(), null, locale),
        messages.getMessage("org.import.notesSheet", null, locale), notes);
    return download(xlsx, base + ".xlsx",
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header("Content-Disposition", ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  /** Hall managers import windows and staff; units are for the operator and unit admins. */
  private static List<ImportKind> kinds(Actor actor) {
    return Access.canManageUnits(actor)
        ? List.of(ImportKind.UNITS, ImportKind.WINDOWS, ImportKind.STAFF)
        : List.of(ImportKind.WINDOWS, ImportKind.STAFF);
  }
}

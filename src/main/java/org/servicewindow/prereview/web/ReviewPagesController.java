package org.servicewindow.prereview.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.common.PageQuery;
import org.servicewindow.identity.Actor;
import org.servicewindow.identity.Role;
import org.servicewindow.prereview.PreReviewStatus;
import org.servicewindow.prereview.internal.PreReviews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handling unit's review screens: the list by review deadline, one pre-application with its answers
 * and files, the two answers (complete / one-time notice) and, at the visit, the hand-over to casework.
 */
@Controller
@RequestMapping("/prereview/reviews")
class ReviewPagesController {

  private final PreReviews preReviews;

  ReviewPagesController(PreReviews preReviews) {
    this.preReviews = preReviews;
  }

  @GetMapping
  String list(@RequestParam(required = false) PreReviewStatus status, @RequestParam(required = false) Integer page,
      @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal Actor actor,
      Model model) {
    model.addAttribute("rows", preReviews.list(actor, status, PageQuery.of(page, 20)));
    model.addAttribute("status", status);
    model.addAttribute("statuses", PreReviewStatus.values());
    return htmx != null ? "prereview/reviews :: results" : "prereview/reviews";
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
    var p = preReviews.get(id, actor);
    model.addAttribute("p", p);
    model.addAttribute("fields", preReviews.fields(id));
    model.addAttribute("files", preReviews.files(id));
    model.addAttribute("notices", preReviews.notices(id));
    model.addAttribute("checklist", preReviews.checklist(p));
    model.addAttribute("canAct", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER) || actor.has(Role.UNIT_ADMIN));
    model.addAttribute("canConvert", actor.has(Role.STAFF) || actor.has(Role.HALL_MANAGER));
    return "prereview/review";
  }

  @GetMapping("/{id}/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal Actor actor) {
    var f = preReviews.file(id, fileId, actor);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(f.originalName(), java.nio.charset.StandardCharsets.UTF_8)
                .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(preReviews.content(f));
  }

  @PostMapping("/{id}/notice")
  String notice(@PathVariable UUID id, @RequestParam Map<String, String> params, @AuthenticationPrincipal Actor actor,
      RedirectAttributes redirect) {
    Map<String, String> defects = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (k.startsWith("reason.") && v != null && !v.isBlank()) {
        defects.put(k.substring(7), v);
      }
    });
    try {
      var n = preReviews.issueNotice(id, defects, actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.notice.issued", n.items().size()));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/prereview/reviews/" + id;
  }

  @PostMapping("/{id}/complete")
  String complete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    try {
      preReviews.complete(id, actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.completed"));
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
    }
    return "redirect:/prereview/reviews/" + id;
  }

  @PostMapping("/{id}/convert")
  String convert(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
    try {
      var received = preReviews.convert(id, actor);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("prereview.converted", received.number()));
      return "redirect:/casework/applications/" + received.id();
    } catch (DomainException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      return "redirect:/prereview/reviews/" + id;
    }
  }
}

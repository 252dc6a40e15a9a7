package org.servicewindow.campaign.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.servicewindow.campaign.Campaigns;
import org.servicewindow.campaign.Campaigns.Upload;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.Flash;
import org.servicewindow.identity.Actor;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's page in a campaign: what it owes, every version it handed in with the lead office's review,
 * the form to hand in the next version (the unit) and the review form (the lead office).
 */
@Controller
@RequestMapping("/campaigns")
class SubmissionController {

  private final Campaigns campaigns;

  SubmissionController(Campaigns campaigns) {
    this.campaigns = campaigns;
  }

  @GetMapping("/{id}/units/{unit}")
  String unit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String unit, Model model) {
    model.addAttribute("c", campaigns.get(id));
    model.addAttribute("history", campaigns.history(actor, id, unit));
    model.addAttribute("unit", campaigns.get(id).units().stream().filter(u -> u.code().equals(unit)).findFirst()
        .orElseThrow());
    model.addAttribute("lead", Campaigns.isLeadOffice(actor));
    model.addAttribute("own", actor.has(org.servicewindow.identity.Role.UNIT_ADMIN) && unit.equals(actor.unitCode()));
    return "campaign/unit";
  }

  @PostMapping("/{id}/deliverables/{deliverable}/submissions")
  String submit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID deliverable,
      @RequestParam(required = false) String body, @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model, RedirectAttributes redirect) throws IOException {
    Campaigns.Deliverable d = campaigns.deliverable(actor, deliverable);
    List<Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (!f.isEmpty()) {
          uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
        }
      }
    }
    try {
      int version = campaigns.submit(actor, deliverable, body, uploads);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("campaign.submitted", version));
      return "redirect:/campaigns/" + id + "/units/" + d.unitCode() + "#d-" + deliverable;
    } catch (DomainException e) {
      model.addAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      model.addAttribute("draftFor", deliverable);
      model.addAttribute("draftBody", body);
      return unit(actor, id, d.unitCode(), model);
    }
  }

  @PostMapping("/{id}/deliverables/{deliverable}/review")
  String review(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID deliverable,
      @RequestParam String decision, @RequestParam(required = false) String comment, Model model,
      RedirectAttributes redirect) {
    Campaigns.Deliverable d = campaigns.deliverable(actor, deliverable);
    try {
      campaigns.review(actor, deliverable, "ACCEPT".equals(decision), comment);
      redirect.addFlashAttribute(Flash.ATTRIBUTE,
          Flash.success("ACCEPT".equals(decision) ? "campaign.review.accepted" : "campaign.review.returned"));
      return "redirect:/campaigns/" + id + "/units/" + d.unitCode() + "#d-" + deliverable;
    } catch (DomainException e) {
      model.addAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.args()));
      model.addAttribute("reviewFor", deliverable);
      model.addAttribute("reviewComment", comment);
      return unit(actor, id, d.unitCode(), model);
    }
  }

  /** Always a download, never shown inline, so no uploaded file can run in the app's origin. */
  @GetMapping("/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Actor actor, @PathVariable UUID attachment) {
    Campaigns.AttachmentFile f = campaigns.attachment(actor, attachment);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(f.content());
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

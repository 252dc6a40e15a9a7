package org.servicewindow.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.servicewindow.common.DomainException;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.feedback.ComplaintChannel;
import org.servicewindow.feedback.ComplaintType;
import org.servicewindow.feedback.Complaints;
import org.servicewindow.feedback.NegativeFeedbackLedger;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.OrganizationApi;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Complaints into the ledger: staff enter suggestion-box notes (with the photo) and hotline calls; citizens
 * use the public form, also reached from a staff member's QR code ({@code /complaints?staff=BJ10001}).
 */
@Controller
class ComplaintController {

  private final Complaints complaints;
  private final NegativeFeedbackLedger ledger;
  private final OrganizationApi organization;

  ComplaintController(Complaints complaints, NegativeFeedbackLedger ledger, OrganizationApi organization) {
    this.complaints = complaints;
    this.ledger = ledger;
    this.organization = organization;
  }

  @GetMapping("/feedback/complaints/new")
  String staffForm(@AuthenticationPrincipal Actor actor, Model model) {
    model.addAttribute("windows", actor.hallCode() == null ? java.util.List.of() : organization.windowsOf(actor.hallCode()));
    model.addAttribute("types", ComplaintType.values());
    return "feedback/complaint-new";
  }

  @PostMapping("/feedback/complaints")
  String enter(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) ComplaintChannel channel,
      @RequestParam(required = false) ComplaintType type, @RequestParam(required = false) String content,
      @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
      @RequestParam(required = false) String windowCode, @RequestParam(required = false) MultipartFile photo,
      Model model) throws IOException {
    Complaints.Attachment file = photo == null || photo.isEmpty() ? null : new Complaints.Attachment(
        photo.getOriginalFilename(), photo.getContentType() == null ? "application/octet-stream" : photo.getContentType(),
        photo.getBytes());
    try {
      Complaints.Receipt r = complaints.enter(actor, new Complaints.Intake(channel, type, content, contactName,
          contactPhone, actor.hallCode(), windowCode, null), file);
      return "redirect:/feedback/ledger/" + r.id();
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      model.addAttribute("error", e.messageKey());
      model.addAttribute("errorArgs", e.args());
      model.addAttribute("channel", channel);
      model.addAttribute("type", type);
      model.addAttribute("contentText", content);
      model.addAttribute("contactName", contactName);
      model.addAttribute("contactPhone", contactPhone);
      model.addAttribute("windowCode", windowCode);
      return staffForm(actor, model);
    }
  }

  @GetMapping("/complaints")
  String publicForm(@RequestParam(required = false) String staff, Model model) {
    if (staff != null && !staff.isBlank()) {
      organization.staff(staff).ifPresent(s -> model.addAttribute("staffMember", s));
    }
    model.addAttribute("staff", staff);
    model.addAttribute("types", ComplaintType.values());
    model.addAttribute("halls", organization.halls());
    return "feedback/complaint-public";
  }

  @PostMapping("/complaints")
  String submit(@RequestParam(required = false) String staff, @RequestParam(required = false) ComplaintType type,
      @RequestParam(required = false) String content, @RequestParam(required = false) String contactName,
      @RequestParam(required = false) String contactPhone, @RequestParam(required = false) String hallCode,
      HttpServletRequest request, Model model) {
    boolean viaQr = staff != null && !staff.isBlank();
    try {
      Complaints.Receipt r = complaints.submit(new Complaints.Intake(viaQr ? ComplaintChannel.STAFF_QR : ComplaintChannel.WEB,
          type, content, contactName, contactPhone, hallCode, null, viaQr ? staff : null), request.getRemoteAddr());
      model.addAttribute("receipt", r);
      return "feedback/complaint-thanks";
    } catch (DomainException e) {
      model.addAttribute("error", e.messageKey());
      model.addAttribute("errorArgs", e.args());
      model.addAttribute("type", type);
      model.addAttribute("contentText", content);
      model.addAttribute("contactName", contactName);
      model.addAttribute("contactPhone", contactPhone);
      model.addAttribute("hallCode", hallCode);
      return publicForm(staff, model);
    }
  }

  @GetMapping("/feedback/ledger/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
      @PathVariable UUID attachment) {
    var a = ledger.attachment(actor, id, attachment);
    MediaType type;
    try {
      type = MediaType.parseMediaType(a.contentType());
    } catch (RuntimeException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    boolean image = type.getType().equals("image");
    return ResponseEntity.ok().contentType(image ? type : MediaType.APPLICATION_OCTET_STREAM)
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION, (image ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(a.content());
  }
}

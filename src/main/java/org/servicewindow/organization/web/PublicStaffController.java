package org.servicewindow.organization.web;

import java.util.Locale;
import org.servicewindow.common.NotFoundException;
import org.servicewindow.common.QrCodes;
import org.servicewindow.organization.internal.OpeningHoursText;
import org.servicewindow.organization.internal.StaffCards;
import org.servicewindow.organization.internal.StaffMember;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page behind the QR code on a desk card or badge: who served you, for which unit and window,
 * and how to rate the service or complain. Open to everyone; shows nothing private (no phone number).
 */
@Controller
@RequestMapping("/public/staff")
class PublicStaffController {

  static final int QR_PIXELS = 480;

  private final StaffCards cards;
  private final PublicLinks links;

  PublicStaffController(StaffCards cards, PublicLinks links) {
    this.cards = cards;
    this.links = links;
  }

  /** Look up a staff member by the number on their badge. */
  @GetMapping
  String lookup(@RequestParam(required = false) String number, Model model) {
    if (number != null && !number.isBlank()) {
      String wanted = number.strip().toUpperCase(Locale.ROOT);
      try {
        return "redirect:/public/staff/" + cards.active(wanted).staffNumber();
      } catch (NotFoundException e) {
        model.addAttribute("notFound", true);
      }
    }
    model.addAttribute("number", number);
    return "organization/public/lookup";
  }

  @GetMapping("/{staffNumber}")
  String page(@PathVariable String staffNumber, Model model) {
    StaffCards.Card card = cards.publicCard(staffNumber);
    model.addAttribute("card", card);
    model.addAttribute("hours", card.hall() == null ? java.util.List.of() : OpeningHoursText.lines(card.hall().openingHours()));
    return "organization/public/staff";
  }

  @GetMapping("/{staffNumber}/photo")
  ResponseEntity<byte[]> photo(@PathVariable String staffNumber) {
    StaffMember member = cards.active(staffNumber);
    return Pictures.of(member, cards.photo(member.id()));
  }

  /** The QR code of the public page (PNG), for the desk card and badge. */
  @GetMapping(path = "/{staffNumber}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@PathVariable String staffNumber) {
    StaffMember member = cards.active(staffNumber);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
        .contentType(MediaType.IMAGE_PNG)
        .body(QrCodes.png(links.staffPage(member.staffNumber()), QR_PIXELS));
  }
}

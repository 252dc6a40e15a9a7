package org.servicewindow.organization.web;

import java.util.UUID;
import org.servicewindow.identity.Actor;
import org.servicewindow.organization.internal.StaffCards;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Print pages of the seed document’s 摆放台签、佩戴工作牌: the desk card on A4 landscape, folded into a
 * tent readable from both sides, and the badge at ID-card size (85.6 × 54 mm). Print CSS does the layout.
 */
@Controller
@RequestMapping("/admin/staff/{id}")
class StaffPrintController {

  private final StaffCards cards;
  private final PublicLinks links;

  StaffPrintController(StaffCards cards, PublicLinks links) {
    this.cards = cards;
    this.links = links;
  }

  @GetMapping("/desk-card")
  String deskCard(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    return page(actor, id, model, "organization/print/desk-card");
  }

  @GetMapping("/badge")
  String badge(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
    return page(actor, id, model, "organization/print/badge");
  }

  private String page(Actor actor, UUID id, Model model, String view) {
    StaffCards.Card card = cards.card(actor, id);
    model.addAttribute("card", card);
    model.addAttribute("publicUrl", links.staffPage(card.member().staffNumber()));
    return view;
  }
}

package org.servicewindow.feedback;

/**
 * Where a complaint came from (product.md §6, issue 7): the suggestion box (entered by staff with a photo
 * of the note), the complaint hotline (entered by the operator), e-mail, the public web form, or the QR
 * code on a staff member's desk card.
 */
public enum ComplaintChannel {
  SUGGESTION_BOX,
  HOTLINE,
  EMAIL,
  WEB,
  STAFF_QR;

  /** Channels staff enter on the citizen's behalf. */
  public boolean staffEntered() {
    return this == SUGGESTION_BOX || this == HOTLINE;
  }
}

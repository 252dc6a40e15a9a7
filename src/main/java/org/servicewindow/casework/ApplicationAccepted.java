package org.servicewindow.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An application was accepted (受理) — by staff, or automatically on day 6 without a notice ({@code automatic});
 * {@code acceptedOn} is its acceptance date (after a supplement notice the day the last material arrived).
 * Published in the transaction of the acceptance, for modules counting acceptances (the dashboard's rollups).
 */
public record ApplicationAccepted(
    UUID applicationId,
    String number,
    String serviceCode,
    String unitCode,
    String hallCode,
    String windowCode,
    String handlerUsername,
    LocalDate acceptedOn,
    boolean automatic) {}

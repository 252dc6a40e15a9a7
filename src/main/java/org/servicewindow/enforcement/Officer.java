package org.servicewindow.enforcement;

import java.util.UUID;

/** An enforcement officer (执法人员) with the certificate that entitles them to act; published 事前. */
public record Officer(UUID id, String unitCode, String name, String certificateNumber, String username, boolean active) {}

package org.servicewindow.feedback;

import java.util.UUID;

/** The answer to a rating (api.md): its id, level and whether it is a 差评 (level 1–2). */
public record EvaluationReceipt(UUID id, int level, boolean negative) {}

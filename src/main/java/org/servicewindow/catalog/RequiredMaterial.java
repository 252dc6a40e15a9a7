package org.servicewindow.catalog;

import java.util.UUID;

/**
 * A document the applicant hands in (申请材料). The code names the document itself, not its use: the
 * same ID card has the same code in every guide, which is how bundles list it once.
 *
 * @param original the original (原件) rather than a copy (复印件)
 * @param copies how many (份数); 0 only for a material handed in electronically
 * @param required needed always; otherwise only under the condition
 * @param blankForm the file of a blank form to fill in, if any
 * @param sample the file of a filled-in sample, if any
 */
public record RequiredMaterial(
    String code,
    String name,
    String source,
    boolean original,
    int copies,
    Medium medium,
    boolean required,
    String condition,
    String note,
    UUID blankForm,
    UUID sample) {}

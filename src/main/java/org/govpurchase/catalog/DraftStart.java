package org.govpurchase.catalog;

import java.util.List;

/**
 * What the draft form starts with: the purchasing agencies to choose from and, when the year
 * already has an active catalog (an adjustment during the year), that catalog's items.
 *
 * @param agencyOptions the active purchasing agencies, label = name, value = code
 * @param baseVersionNo the year's active version, null when there is none
 * @param baseDraft the active version's items in the form's shape, null when there is none
 */
record DraftStart(List<FormOption> agencyOptions, Integer baseVersionNo, CatalogDraft baseDraft) {

  boolean hasBaseVersion() {
    return baseVersionNo != null;
  }

  /** {@code [{"label":"福田区民政局","value":"SZFT-MZJ"}, ...]} */
  String agencyOptionsJson() {
    return CatalogDraft.json(agencyOptions);
  }

  /** the {@code catalogItems} JSON of the active version, null when there is none */
  String baseItemsJson() {
    return baseDraft == null ? null : baseDraft.toJson();
  }
}

package org.govpurchase.catalog;

import java.time.Instant;
import java.util.List;

/** A published catalog version as the public API shows it (信息公开): no drafts, no personal names. */
record PublicCatalog(int year, int versionNo, String status, String title, Instant publishedAt,
    List<Item> items) {

  record Item(int position, String name, String category, String categoryLabel, String description,
      List<Agency> agencies) {
  }

  record Agency(String code, String name) {
  }
}

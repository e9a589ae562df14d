package org.govpurchase.catalog;

import java.time.Instant;

/** One published or superseded version of a year's catalog, without its items. */
record PublicCatalogVersion(int versionNo, String status, String title, Instant publishedAt) {
}

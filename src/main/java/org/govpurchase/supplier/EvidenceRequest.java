package org.govpurchase.supplier;

import java.time.LocalDate;

/**
 * Evidence for one condition: what it is, where the document is kept, until when it is valid
 * (empty: no expiry) and whether the registration authority verifies it with this entry.
 */
record EvidenceRequest(String evidence, String documentRef, LocalDate validUntil, Boolean verified) {
}

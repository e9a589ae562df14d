/** Tenders (招标) and bids (投标): announcement, statutory bid window, clarifications, supplier bids, closing. */
package org.govpurchase.tender;

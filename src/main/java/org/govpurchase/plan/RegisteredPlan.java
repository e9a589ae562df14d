package org.govpurchase.plan;

/** A registered plan: its id and readable number, e.g. SZ-2026-0042. */
record RegisteredPlan(long id, String planNo) {
}

package org.govpurchase.supplier;

/** What happens in a supplier's history (诚信档案). */
public enum SupplierEvent {
  REGISTERED, UPDATED, GRADE_CHANGED, EVIDENCE_RECORDED, EVIDENCE_VERIFIED, MEMBER_ADDED,
  SUSPENDED, REINSTATED, DISQUALIFIED,
  /** a performance evaluation of its service (recorded by the evaluation stage) */
  EVALUATED
}

package org.govpurchase.tender;

/** A bid version's state: at most one SUBMITTED version per supplier and tender. */
public enum BidStatus {
  SUBMITTED("已提交"),
  /** superseded by a later version of the same supplier's bid */
  REPLACED("已修改"),
  WITHDRAWN("已撤回");

  private final String label;

  BidStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

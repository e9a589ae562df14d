package org.govpurchase.contract;

/** Where a contract stands. SIGNED is kept for a contract both sides signed but not yet published. */
public enum ContractStatus {
  DRAFT("起草中"),
  SIGNING("待签订"),
  SIGNED("已签订"),
  PUBLISHED("已公告"),
  FILED("已备案");

  private final String label;

  ContractStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

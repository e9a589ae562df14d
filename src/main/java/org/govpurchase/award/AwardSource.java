package org.govpurchase.award;

/** Where an award comes from. */
public enum AwardSource {
  /** the evaluation report's ranking (评标报告) */
  REPORT("评标报告"),
  /** single source after its publicity (单一来源) */
  SINGLE_SOURCE("单一来源"),
  /** direct purchase, no tender (直接购买) */
  DIRECT_PURCHASE("直接购买");

  private final String label;

  AwardSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

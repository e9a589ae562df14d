package org.govpurchase.award;

/** An award's state: proposed, then confirmed and announced; revoked when a challenge is upheld. */
public enum AwardStatus {
  PROPOSED("拟中标"),
  ANNOUNCED("已公告"),
  REVOKED("已撤销");

  private final String label;

  AwardStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

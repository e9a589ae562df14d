package org.govpurchase.award;

/** The buyer's answer to a challenge (质疑答复). */
public enum ChallengeDecision {
  /** not upheld: the award stands */
  DISMISSED("质疑不成立"),
  /** upheld: the award moves to the next ranked bid */
  UPHELD_NEXT_RANKED("质疑成立，依次递补"),
  /** upheld: the procurement is tendered again */
  UPHELD_RETENDER("质疑成立，重新采购");

  private final String label;

  ChallengeDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

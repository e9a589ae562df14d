package org.govpurchase.evaluation;

/**
 * A tie between an expert and an organization that triggers recusal (回避) when the organization
 * bids: employment, a directorship or control within the recusal period (three years before the
 * bid deadline [law]), or being the spouse or a close relative of such a person (at any time).
 */
public enum TieType {
  EMPLOYER("曾在该单位任职"),
  DIRECTOR("曾任该单位董事（理事）"),
  CONTROLLER("曾控股或实际控制该单位"),
  CLOSE_RELATIVE("与该单位负责人、董事或控制人为配偶或近亲属"),
  // found by the draw itself (87号令第48条), never kept as a tie in the pool:
  BUYER_EMPLOYEE("受聘于采购人（购买主体）"),
  BUYER_USER("为采购人（购买主体）的平台用户"),
  BIDDER_USER("为投标人的平台用户");

  private final String label;

  TieType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** a close relative's tie recuses at any time; the others only within the recusal period */
  boolean datesMatter() {
    return this == EMPLOYER || this == DIRECTOR || this == CONTROLLER;
  }

  /** a tie the pool keeps (the others the draw finds from the expert's employer and login) */
  boolean kept() {
    return ordinal() <= CLOSE_RELATIVE.ordinal();
  }
}

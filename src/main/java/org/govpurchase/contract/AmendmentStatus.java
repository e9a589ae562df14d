package org.govpurchase.contract;

/**
 * Where a contract amendment stands. PROPOSED waits for the other side; AGREED (by both sides)
 * waits for the finance bureau when it shortens the term, then takes effect: IN_FORCE (applied
 * and re-published), FILED (the finance bureau accepted its filing). REFUSED, LAPSED (no answer in
 * time), TERM_REFUSED and VOID (it broke a rule by the time it was to take effect) change nothing.
 */
public enum AmendmentStatus {
  PROPOSED("待对方答复"),
  AGREED("双方已同意"),
  REFUSED("对方不同意"),
  LAPSED("逾期未答复"),
  TERM_REFUSED("财政部门不同意缩短期限"),
  VOID("未能生效"),
  IN_FORCE("已生效"),
  FILED("已备案");

  private final String label;

  AmendmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** nothing more happens to it */
  public boolean closed() {
    return this == REFUSED || this == LAPSED || this == TERM_REFUSED || this == VOID || this == FILED;
  }
}

package org.govpurchase.plan;

/**
 * 采购方式: chosen for an approved plan by the decision table processes/procurement-method.dmn,
 * whose outputs are these codes. The thresholds live only in the table.
 */
public enum ProcurementMethod {
  OPEN_TENDER("公开招标"),
  INVITED_TENDER("邀请招标"),
  COMPETITIVE_NEGOTIATION("竞争性谈判"),
  COMPETITIVE_CONSULTATION("竞争性磋商"),
  REQUEST_FOR_QUOTATION("询价"),
  SINGLE_SOURCE("单一来源"),
  DIRECT_PURCHASE("直接购买");

  private final String label;

  ProcurementMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

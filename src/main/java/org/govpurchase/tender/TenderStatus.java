package org.govpurchase.tender;

/** Where a tender stands. Only an ANNOUNCED tender before its deadline takes bids and questions. */
public enum TenderStatus {
  ANNOUNCED("已公告"),
  /** the bid deadline passed and the submitted bids went to qualification */
  CLOSED("已截标"),
  CANCELLED("已取消"),
  /** too few qualified bids (废标) */
  FAILED("已废标"),
  AWARDED("已中标");

  private final String label;

  TenderStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

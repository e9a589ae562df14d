package org.govpurchase.supplier;

/** Whether a supplier may take part in government purchase. */
public enum SupplierStatus {
  ACTIVE("正常"),
  /** 暂停参与政府购买服务, e.g. during rectification */
  SUSPENDED("暂停"),
  /** 取消参与政府购买服务资格 */
  DISQUALIFIED("取消资格");

  private final String label;

  SupplierStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

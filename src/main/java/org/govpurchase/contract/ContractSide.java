package org.govpurchase.contract;

/** The two parties of a contract: 甲方 the purchasing agency, 乙方 the supplier. */
public enum ContractSide {
  AGENCY("甲方（购买主体）"),
  SUPPLIER("乙方（承接主体）");

  private final String label;

  ContractSide(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public ContractSide other() {
    return this == AGENCY ? SUPPLIER : AGENCY;
  }
}

package org.govpurchase.catalog;

/** A purchasing agency as the API shows it. */
record PurchasingAgencyView(String code, String name, boolean active) {

  static PurchasingAgencyView of(PurchasingAgency agency) {
    return new PurchasingAgencyView(agency.getCode(), agency.getName(), agency.isActive());
  }
}

package org.govpurchase.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 购买主体: a state organ, mass organization or public institution that buys services. */
@Entity
@Table(name = "purchasing_agency")
class PurchasingAgency {

  @Id
  @Column(name = "code", length = 32)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected PurchasingAgency() {
  }

  PurchasingAgency(String code, String name, boolean active) {
    this.code = code;
    this.name = name;
    this.active = active;
  }

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  boolean isActive() {
    return active;
  }

  void update(String name, boolean active) {
    this.name = name;
    this.active = active;
  }
}

package org.govpurchase.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user who acts for a supplier; a user belongs to one organization at most. */
@Entity
@Table(name = "supplier_member")
class SupplierMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Column(name = "user_id", nullable = false, length = 64, updatable = false)
  private String userId;

  @Column(name = "added_by", nullable = false, length = 64, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected SupplierMember() {
  }

  SupplierMember(long supplierId, String userId, String addedBy, Instant addedAt) {
    this.supplierId = supplierId;
    this.userId = userId;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  Long getSupplierId() {
    return supplierId;
  }

  String getUserId() {
    return userId;
  }
}

package org.govpurchase.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The evidence a supplier holds for one of the seven conditions, and whether it was verified. */
@Entity
@Table(name = "supplier_condition_evidence")
class ConditionEvidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(name = "condition_code", nullable = false, length = 32, updatable = false)
  private SupplierCondition condition;

  @Column(name = "evidence", nullable = false, length = 1000)
  private String evidence;

  @Column(name = "document_ref", length = 300)
  private String documentRef;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "verified", nullable = false)
  private boolean verified;

  @Column(name = "verified_by", length = 64)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ConditionEvidence() {
  }

  ConditionEvidence(long supplierId, SupplierCondition condition) {
    this.supplierId = supplierId;
    this.condition = condition;
  }

  /** new evidence replaces the old; it counts as verified only if {@code verifiedBy} is given */
  void record(String evidence, String documentRef, LocalDate validUntil, String verifiedBy,
      String recordedBy, Instant now) {
    this.evidence = evidence;
    this.documentRef = documentRef;
    this.validUntil = validUntil;
    this.verified = verifiedBy != null;
    this.verifiedBy = verifiedBy;
    this.verifiedAt = verifiedBy != null ? now : null;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  /** valid on {@code date}: no expiry, or expiring on that day or later */
  boolean validOn(LocalDate date) {
    return validUntil == null || !validUntil.isBefore(date);
  }

  Long getSupplierId() {
    return supplierId;
  }

  SupplierCondition getCondition() {
    return condition;
  }

  String getEvidence() {
    return evidence;
  }

  String getDocumentRef() {
    return documentRef;
  }

  LocalDate getValidUntil() {
    return validUntil;
  }

  boolean isVerified() {
    return verified;
  }

  String getVerifiedBy() {
    return verifiedBy;
  }

  Instant getVerifiedAt() {
    return verifiedAt;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }
}

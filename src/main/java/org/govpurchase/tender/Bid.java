package org.govpurchase.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** 投标: one version of a supplier's bid for a tender. */
@Entity
@Table(name = "bid")
class Bid {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tender_id", nullable = false, updatable = false)
  private long tenderId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private long supplierId;

  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "price", nullable = false, precision = 15, scale = 2, updatable = false)
  private BigDecimal price;

  @Column(name = "proposal_summary", nullable = false, length = 2000, updatable = false)
  private String proposalSummary;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private BidStatus status;

  @Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** = supplierId while SUBMITTED: unique per tender */
  @Column(name = "active_supplier_id")
  private Long activeSupplierId;

  protected Bid() {
  }

  Bid(long tenderId, long supplierId, int version, BigDecimal price, String proposalSummary,
      String submittedBy, Instant submittedAt) {
    this.tenderId = tenderId;
    this.supplierId = supplierId;
    this.version = version;
    this.price = price;
    this.proposalSummary = proposalSummary;
    this.status = BidStatus.SUBMITTED;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.activeSupplierId = supplierId;
  }

  /** ends this version: REPLACED or WITHDRAWN */
  void end(BidStatus status, String by, Instant at) {
    this.status = status;
    this.endedBy = by;
    this.endedAt = at;
    this.activeSupplierId = null;
  }

  Long getId() {
    return id;
  }

  long getTenderId() {
    return tenderId;
  }

  long getSupplierId() {
    return supplierId;
  }

  int getVersion() {
    return version;
  }

  BigDecimal getPrice() {
    return price;
  }

  String getProposalSummary() {
    return proposalSummary;
  }

  BidStatus getStatus() {
    return status;
  }

  String getSubmittedBy() {
    return submittedBy;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getEndedBy() {
    return endedBy;
  }

  Instant getEndedAt() {
    return endedAt;
  }
}

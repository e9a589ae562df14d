package org.govpurchase.award;

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

/** 中标/成交: the supplier a procurement goes to; at most one award per procurement is not REVOKED. */
@Entity
@Table(name = "award")
class Award {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "tender_id", updatable = false)
  private Long tenderId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private long supplierId;

  @Column(name = "price", nullable = false, precision = 15, scale = 2, updatable = false)
  private BigDecimal price;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 16, updatable = false)
  private AwardSource source;

  @Column(name = "report_rank", updatable = false)
  private Integer reportRank;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AwardStatus status;

  @Column(name = "justification", length = 1000, updatable = false)
  private String justification;

  @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "publicity_ends", updatable = false)
  private Instant publicityEnds;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "confirmed_comment", length = 500)
  private String confirmedComment;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "announced_at")
  private Instant announcedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_reason", length = 1000)
  private String revokedReason;

  @Column(name = "active_procurement_no", length = 32)
  private String activeProcurementNo;

  protected Award() {
  }

  Award(String procurementNo, long planId, Long tenderId, long supplierId, BigDecimal price, AwardSource source,
      Integer reportRank, String justification, String proposedBy, Instant proposedAt, Instant publicityEnds) {
    this.procurementNo = procurementNo;
    this.planId = planId;
    this.tenderId = tenderId;
    this.supplierId = supplierId;
    this.price = price;
    this.source = source;
    this.reportRank = reportRank;
    this.status = AwardStatus.PROPOSED;
    this.justification = justification;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.publicityEnds = publicityEnds;
    this.activeProcurementNo = procurementNo;
  }

  void announce(String by, String comment, Instant at) {
    this.status = AwardStatus.ANNOUNCED;
    this.confirmedBy = by;
    this.confirmedComment = comment;
    this.confirmedAt = at;
    this.announcedAt = at;
  }

  void revoke(String reason, Instant at) {
    this.status = AwardStatus.REVOKED;
    this.revokedReason = reason;
    this.revokedAt = at;
    this.activeProcurementNo = null;
  }

  Long getId() {
    return id;
  }

  String getProcurementNo() {
    return procurementNo;
  }

  long getPlanId() {
    return planId;
  }

  Long getTenderId() {
    return tenderId;
  }

  long getSupplierId() {
    return supplierId;
  }

  BigDecimal getPrice() {
    return price;
  }

  AwardSource getSource() {
    return source;
  }

  Integer getReportRank() {
    return reportRank;
  }

  AwardStatus getStatus() {
    return status;
  }

  String getJustification() {
    return justification;
  }

  String getProposedBy() {
    return proposedBy;
  }

  Instant getProposedAt() {
    return proposedAt;
  }

  Instant getPublicityEnds() {
    return publicityEnds;
  }

  String getConfirmedBy() {
    return confirmedBy;
  }

  String getConfirmedComment() {
    return confirmedComment;
  }

  Instant getConfirmedAt() {
    return confirmedAt;
  }

  Instant getAnnouncedAt() {
    return announcedAt;
  }

  Instant getRevokedAt() {
    return revokedAt;
  }

  String getRevokedReason() {
    return revokedReason;
  }
}

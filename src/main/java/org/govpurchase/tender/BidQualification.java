package org.govpurchase.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 资格审查 of one bid: the automatic check of the supplier conditions on the bid date, then the
 * registration authority's decision, CONFIRM (the final result is the automatic one) or OVERRIDE
 * (the reverse, with a reason).
 */
@Entity
@Table(name = "bid_qualification")
class BidQualification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "bid_id", nullable = false, updatable = false, unique = true)
  private long bidId;

  @Column(name = "tender_id", nullable = false, updatable = false)
  private long tenderId;

  @Column(name = "auto_qualified", nullable = false, updatable = false)
  private boolean autoQualified;

  @Column(name = "unmet_reasons", nullable = false, length = 4000, updatable = false)
  private String unmetReasons;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  /** CONFIRM or OVERRIDE ({@link TenderChoices}); null until decided */
  @Column(name = "decision", length = 16)
  private String decision;

  @Column(name = "override_reason", length = 500)
  private String overrideReason;

  @Column(name = "qualified")
  private Boolean qualified;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected BidQualification() {
  }

  BidQualification(long bidId, long tenderId, boolean autoQualified, String unmetReasons, Instant checkedAt) {
    this.bidId = bidId;
    this.tenderId = tenderId;
    this.autoQualified = autoQualified;
    this.unmetReasons = unmetReasons;
    this.checkedAt = checkedAt;
  }

  void decide(String decision, String overrideReason, String reviewedBy, Instant at) {
    this.decision = decision;
    this.overrideReason = overrideReason;
    this.qualified = TenderChoices.QUALIFICATION_CONFIRM.equals(decision) ? autoQualified : !autoQualified;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = at;
  }

  boolean isDecided() {
    return decision != null;
  }

  Long getId() {
    return id;
  }

  long getBidId() {
    return bidId;
  }

  long getTenderId() {
    return tenderId;
  }

  boolean isAutoQualified() {
    return autoQualified;
  }

  String getUnmetReasons() {
    return unmetReasons;
  }

  Instant getCheckedAt() {
    return checkedAt;
  }

  String getDecision() {
    return decision;
  }

  String getOverrideReason() {
    return overrideReason;
  }

  Boolean getQualified() {
    return qualified;
  }

  String getReviewedBy() {
    return reviewedBy;
  }

  Instant getReviewedAt() {
    return reviewedAt;
  }
}

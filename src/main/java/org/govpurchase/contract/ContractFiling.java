package org.govpurchase.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 备案: one submission of the contract to the finance bureau and its decision. */
@Entity
@Table(name = "contract_filing")
class ContractFiling {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  /** null: the contract's own filing; else the amendment filed */
  @Column(name = "amendment_id", updatable = false)
  private Long amendmentId;

  @Column(name = "attempt", nullable = false, updatable = false)
  private int attempt;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "correction", length = 1000, updatable = false)
  private String correction;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 16)
  private FilingDecision decision;

  @Column(name = "return_reason", length = 500)
  private String returnReason;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ContractFiling() {
  }

  ContractFiling(long contractId, Long amendmentId, int attempt, String correction, Instant submittedAt) {
    this.contractId = contractId;
    this.amendmentId = amendmentId;
    this.attempt = attempt;
    this.correction = correction;
    this.submittedAt = submittedAt;
  }

  void decide(FilingDecision decision, String returnReason, String by, Instant at) {
    this.decision = decision;
    this.returnReason = returnReason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  boolean isDecided() {
    return decision != null;
  }

  Long getId() {
    return id;
  }

  Long getAmendmentId() {
    return amendmentId;
  }

  int getAttempt() {
    return attempt;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getCorrection() {
    return correction;
  }

  FilingDecision getDecision() {
    return decision;
  }

  String getReturnReason() {
    return returnReason;
  }

  String getDecidedBy() {
    return decidedBy;
  }

  Instant getDecidedAt() {
    return decidedAt;
  }
}

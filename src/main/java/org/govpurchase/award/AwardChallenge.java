package org.govpurchase.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 质疑: a supplier's challenge against an announced award, and the buyer's answer. */
@Entity
@Table(name = "award_challenge")
class AwardChallenge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id", nullable = false, updatable = false)
  private long awardId;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private long supplierId;

  @Column(name = "raised_by", nullable = false, length = 64, updatable = false)
  private String raisedBy;

  @Column(name = "text", nullable = false, length = 2000, updatable = false)
  private String text;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 24)
  private ChallengeDecision decision;

  @Column(name = "answer", length = 2000)
  private String answer;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected AwardChallenge() {
  }

  AwardChallenge(long awardId, String procurementNo, long supplierId, String raisedBy, String text, Instant raisedAt) {
    this.awardId = awardId;
    this.procurementNo = procurementNo;
    this.supplierId = supplierId;
    this.raisedBy = raisedBy;
    this.text = text;
    this.raisedAt = raisedAt;
  }

  boolean isAnswered() {
    return decision != null;
  }

  void answer(ChallengeDecision decision, String answer, String by, Instant at) {
    this.decision = decision;
    this.answer = answer;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  Long getId() {
    return id;
  }

  long getAwardId() {
    return awardId;
  }

  String getProcurementNo() {
    return procurementNo;
  }

  long getSupplierId() {
    return supplierId;
  }

  String getRaisedBy() {
    return raisedBy;
  }

  String getText() {
    return text;
  }

  Instant getRaisedAt() {
    return raisedAt;
  }

  ChallengeDecision getDecision() {
    return decision;
  }

  String getAnswer() {
    return answer;
  }

  String getAnsweredBy() {
    return answeredBy;
  }

  Instant getAnsweredAt() {
    return answeredAt;
  }
}

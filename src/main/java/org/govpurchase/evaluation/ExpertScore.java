package org.govpurchase.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One expert's score (0-100, 2 decimals) for one criterion of one bid (table expert_score, V10). */
@Entity
@Table(name = "expert_score")
class ExpertScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "committee_draw_id", nullable = false, updatable = false)
  private long committeeDrawId;

  @Column(name = "tender_id", nullable = false, updatable = false)
  private long tenderId;

  @Column(name = "bid_id", nullable = false, updatable = false)
  private long bidId;

  @Column(name = "expert_id", nullable = false, updatable = false)
  private long expertId;

  @Column(name = "criterion", nullable = false, length = 16, updatable = false)
  private String criterion;

  @Column(name = "score", nullable = false, precision = 5, scale = 2)
  private BigDecimal score;

  @Column(name = "score_comment", length = 500)
  private String comment;

  /** UTC wall-clock time */
  @Column(name = "scored_at", nullable = false)
  private LocalDateTime scoredAt;

  protected ExpertScore() {
  }

  ExpertScore(String procurementNo, long committeeDrawId, long tenderId, long bidId, long expertId, String criterion) {
    this.procurementNo = procurementNo;
    this.committeeDrawId = committeeDrawId;
    this.tenderId = tenderId;
    this.bidId = bidId;
    this.expertId = expertId;
    this.criterion = criterion;
  }

  /** @return whether anything changed */
  boolean record(BigDecimal score, String comment, LocalDateTime at) {
    boolean same = this.score != null && this.score.compareTo(score) == 0 && java.util.Objects.equals(this.comment, comment);
    if (same) {
      return false;
    }
    this.score = score;
    this.comment = comment;
    this.scoredAt = at;
    return true;
  }

  Long getId() {
    return id;
  }

  String getProcurementNo() {
    return procurementNo;
  }

  long getCommitteeDrawId() {
    return committeeDrawId;
  }

  long getTenderId() {
    return tenderId;
  }

  long getBidId() {
    return bidId;
  }

  long getExpertId() {
    return expertId;
  }

  String getCriterion() {
    return criterion;
  }

  BigDecimal getScore() {
    return score;
  }

  String getComment() {
    return comment;
  }

  LocalDateTime getScoredAt() {
    return scoredAt;
  }
}

package org.govpurchase.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An expert a draw left out because of a tie to a bidder or to the buyer (回避); the latter names no bidder. */
@Entity
@Table(name = "committee_recusal")
class CommitteeRecusal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "draw_id", nullable = false, updatable = false)
  private DrawnCommittee draw;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "expert_id", nullable = false, updatable = false)
  private Expert expert;

  @Column(name = "supplier_id", updatable = false)
  private Long supplierId;

  @Column(name = "credit_code", length = 18, updatable = false)
  private String creditCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "tie_type", nullable = false, length = 20, updatable = false)
  private TieType tieType;

  @Column(name = "reason", nullable = false, length = 300, updatable = false)
  private String reason;

  protected CommitteeRecusal() {
  }

  CommitteeRecusal(DrawnCommittee draw, Expert expert, Long supplierId, String creditCode, TieType tieType,
      String reason) {
    this.draw = draw;
    this.expert = expert;
    this.supplierId = supplierId;
    this.creditCode = creditCode;
    this.tieType = tieType;
    this.reason = reason;
  }

  Expert getExpert() {
    return expert;
  }

  Long getSupplierId() {
    return supplierId;
  }

  String getCreditCode() {
    return creditCode;
  }

  TieType getTieType() {
    return tieType;
  }

  String getReason() {
    return reason;
  }
}

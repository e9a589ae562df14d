package org.govpurchase.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 变更采购方式: one change of a plan's procurement method after a failed tender round. */
@Entity
@Table(name = "plan_method_change")
class PlanMethodChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "tender_round", nullable = false, updatable = false)
  private int tenderRound;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "from_method", nullable = false, length = 32, updatable = false)
  private ProcurementMethod fromMethod;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "to_method", nullable = false, length = 32, updatable = false)
  private ProcurementMethod toMethod;

  @Column(name = "reason", nullable = false, length = 500, updatable = false)
  private String reason;

  @Column(name = "approved_by", nullable = false, length = 64, updatable = false)
  private String approvedBy;

  @Column(name = "approval_comment", length = 500, updatable = false)
  private String approvalComment;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  protected PlanMethodChange() {
  }

  PlanMethodChange(long planId, int tenderRound, ProcurementMethod fromMethod, ProcurementMethod toMethod,
      String reason, String approvedBy, String approvalComment, Instant changedAt) {
    this.planId = planId;
    this.tenderRound = tenderRound;
    this.fromMethod = fromMethod;
    this.toMethod = toMethod;
    this.reason = reason;
    this.approvedBy = approvedBy;
    this.approvalComment = approvalComment;
    this.changedAt = changedAt;
  }

  MethodChanges.Change view() {
    return new MethodChanges.Change(id, planId, tenderRound, fromMethod, toMethod, reason, approvedBy, approvalComment, changedAt);
  }

  ProcurementMethod getToMethod() {
    return toMethod;
  }
}

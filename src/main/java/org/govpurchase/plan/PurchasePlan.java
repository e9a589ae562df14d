package org.govpurchase.plan;

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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 购买服务计划: one per PurchasePlan instance. DRAFT while the finance bureau reviews it (a
 * returned plan is redrafted in place), APPROVED and public once approved, REJECTED with a reason.
 */
@Entity
@Table(name = "purchase_plan")
class PurchasePlan {

  enum Status { DRAFT, APPROVED, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64, unique = true)
  private String processInstanceId;

  @Column(name = "plan_year", nullable = false)
  private int planYear;

  @Column(name = "plan_seq", nullable = false)
  private int planSeq;

  @Column(name = "plan_no", nullable = false, length = 20, unique = true)
  private String planNo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "catalog_item_id", nullable = false)
  private long catalogItemId;

  @Column(name = "service_name", nullable = false, length = 100)
  private String serviceName;

  @Column(name = "service_standard", nullable = false, length = 1000)
  private String serviceStandard;

  @Column(name = "budget", nullable = false, precision = 15, scale = 2)
  private BigDecimal budget;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "evaluation_method", nullable = false, length = 32)
  private EvaluationMethod evaluationMethod;

  @Column(name = "requirements", nullable = false, length = 2000)
  private String requirements;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "funding_source", nullable = false, length = 32)
  private FundingSource fundingSource;

  @Column(name = "major_project", nullable = false)
  private boolean majorProject;

  @Column(name = "within_government_procurement", nullable = false)
  private boolean withinGovernmentProcurement;

  @Column(name = "drafted_by", length = 64)
  private String draftedBy;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "review_comment", length = 500)
  private String reviewComment;

  @Enumerated(EnumType.STRING)
  @Column(name = "procurement_method", length = 32)
  private ProcurementMethod procurementMethod;

  @Column(name = "run_by_procurement_agency")
  private Boolean runByProcurementAgency;

  @Column(name = "rejection_reason", length = 500)
  private String rejectionReason;

  // a plain DATETIME holding UTC (hibernate.jdbc.time_zone) on H2 and MySQL alike
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected PurchasePlan() {
  }

  PurchasePlan(String processInstanceId, int planYear, int planSeq, String planNo, Instant createdAt) {
    this.processInstanceId = processInstanceId;
    this.planYear = planYear;
    this.planSeq = planSeq;
    this.planNo = planNo;
    this.createdAt = createdAt;
    this.status = Status.DRAFT;
  }

  /** Takes the draft's content; the year and number stay. */
  void redraft(PlanDraft draft, String agencyCode, String draftedBy) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("purchase plan " + planNo + " is " + status + ", no longer a draft");
    }
    this.agencyCode = agencyCode;
    this.catalogItemId = draft.catalogItemId();
    this.serviceName = draft.serviceName();
    this.serviceStandard = draft.serviceStandard();
    this.budget = draft.budget();
    this.termStart = draft.termStart();
    this.termEnd = draft.termEnd();
    this.evaluationMethod = draft.evaluationMethod();
    this.requirements = draft.requirements();
    this.fundingSource = draft.fundingSource();
    this.majorProject = draft.majorProject();
    this.withinGovernmentProcurement = draft.withinGovernmentProcurement();
    this.draftedBy = draftedBy;
  }

  void approve(String reviewedBy, String reviewComment, Instant at, ProcurementMethod method,
      boolean byProcurementAgency) {
    this.status = Status.APPROVED;
    this.procurementMethod = method;
    this.runByProcurementAgency = byProcurementAgency;
    this.reviewedBy = reviewedBy;
    this.reviewComment = reviewComment;
    this.decidedAt = at;
  }

  ProcurementMethod getProcurementMethod() {
    return procurementMethod;
  }

  /** 变更采购方式: after a failed tender, with the finance bureau's approval (see {@link MethodChanges}) */
  void changeProcurementMethod(ProcurementMethod method) {
    if (status != Status.APPROVED) {
      throw new IllegalStateException("only an approved plan changes its procurement method: " + status);
    }
    this.procurementMethod = java.util.Objects.requireNonNull(method, "method");
  }

  Boolean getRunByProcurementAgency() {
    return runByProcurementAgency;
  }

  void reject(String reviewedBy, String rejectionReason, Instant at) {
    this.status = Status.REJECTED;
    this.reviewedBy = reviewedBy;
    this.rejectionReason = rejectionReason;
    this.decidedAt = at;
  }

  Long getId() {
    return id;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  int getPlanYear() {
    return planYear;
  }

  String getPlanNo() {
    return planNo;
  }

  Status getStatus() {
    return status;
  }

  String getAgencyCode() {
    return agencyCode;
  }

  long getCatalogItemId() {
    return catalogItemId;
  }

  String getServiceName() {
    return serviceName;
  }

  String getServiceStandard() {
    return serviceStandard;
  }

  BigDecimal getBudget() {
    return budget;
  }

  LocalDate getTermStart() {
    return termStart;
  }

  LocalDate getTermEnd() {
    return termEnd;
  }

  EvaluationMethod getEvaluationMethod() {
    return evaluationMethod;
  }

  String getRequirements() {
    return requirements;
  }

  FundingSource getFundingSource() {
    return fundingSource;
  }

  boolean isMajorProject() {
    return majorProject;
  }

  boolean isWithinGovernmentProcurement() {
    return withinGovernmentProcurement;
  }

  String getDraftedBy() {
    return draftedBy;
  }

  String getReviewedBy() {
    return reviewedBy;
  }

  String getReviewComment() {
    return reviewComment;
  }

  String getRejectionReason() {
    return rejectionReason;
  }

  Instant getDecidedAt() {
    return decidedAt;
  }
}

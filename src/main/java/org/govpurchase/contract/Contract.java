package org.govpurchase.contract;

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
import org.govpurchase.plan.FundingSource;

/** 合同: one per award; drafted, signed by both sides, published, filed. */
@Entity
@Table(name = "contract")
class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(name = "award_id", nullable = false, updatable = false)
  private long awardId;

  @Column(name = "agency_code", nullable = false, length = 32, updatable = false)
  private String agencyCode;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private long supplierId;

  @Column(name = "amount", nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(name = "term_start", nullable = false, updatable = false)
  private LocalDate termStart;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_route", nullable = false, length = 32, updatable = false)
  private FundingSource paymentRoute;

  @Column(name = "scope_and_content", length = 2000)
  private String scopeAndContent;

  @Column(name = "service_requirements", length = 2000)
  private String serviceRequirements;

  @Column(name = "breach_liability", length = 1000)
  private String breachLiability;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ContractStatus status;

  @Column(name = "sign_deadline", nullable = false, updatable = false)
  private Instant signDeadline;

  @Column(name = "agency_signed_by", length = 64)
  private String agencySignedBy;

  @Column(name = "agency_signed_at")
  private Instant agencySignedAt;

  @Column(name = "supplier_signed_by", length = 64)
  private String supplierSignedBy;

  @Column(name = "supplier_signed_at")
  private Instant supplierSignedAt;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "filing_receipt_no", length = 32)
  private String filingReceiptNo;

  @Column(name = "process_instance_id", length = 64, updatable = false)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Contract() {
  }

  Contract(String procurementNo, long planId, long awardId, String agencyCode, long supplierId, BigDecimal amount,
      LocalDate termStart, LocalDate termEnd, FundingSource paymentRoute, Instant signDeadline,
      String processInstanceId, Instant createdAt) {
    this.procurementNo = procurementNo;
    this.planId = planId;
    this.awardId = awardId;
    this.agencyCode = agencyCode;
    this.supplierId = supplierId;
    this.amount = amount;
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.paymentRoute = paymentRoute;
    this.signDeadline = signDeadline;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
    this.status = ContractStatus.DRAFT;
  }

  void draft(String scopeAndContent, String serviceRequirements, String breachLiability) {
    this.scopeAndContent = scopeAndContent;
    this.serviceRequirements = serviceRequirements;
    this.breachLiability = breachLiability;
    this.status = ContractStatus.SIGNING;
  }

  void signBySupplier(String by, Instant at) {
    this.supplierSignedBy = by;
    this.supplierSignedAt = at;
  }

  void signByAgency(String by, Instant at) {
    this.agencySignedBy = by;
    this.agencySignedAt = at;
  }

  void publish(Instant at) {
    this.signedAt = agencySignedAt.isAfter(supplierSignedAt) ? agencySignedAt : supplierSignedAt;
    this.publishedAt = at;
    this.status = ContractStatus.PUBLISHED;
  }

  void file(String receiptNo, Instant at) {
    this.filingReceiptNo = receiptNo;
    this.filedAt = at;
    this.status = ContractStatus.FILED;
  }

  /** an amendment takes effect: the new amount and term, re-published now */
  void amend(BigDecimal newAmount, LocalDate newTermEnd, Instant at) {
    if (newAmount != null) {
      this.amount = newAmount;
    }
    if (newTermEnd != null) {
      this.termEnd = newTermEnd;
    }
    this.publishedAt = at;
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

  long getAwardId() {
    return awardId;
  }

  String getAgencyCode() {
    return agencyCode;
  }

  long getSupplierId() {
    return supplierId;
  }

  BigDecimal getAmount() {
    return amount;
  }

  LocalDate getTermStart() {
    return termStart;
  }

  LocalDate getTermEnd() {
    return termEnd;
  }

  FundingSource getPaymentRoute() {
    return paymentRoute;
  }

  String getScopeAndContent() {
    return scopeAndContent;
  }

  String getServiceRequirements() {
    return serviceRequirements;
  }

  String getBreachLiability() {
    return breachLiability;
  }

  ContractStatus getStatus() {
    return status;
  }

  Instant getSignDeadline() {
    return signDeadline;
  }

  String getAgencySignedBy() {
    return agencySignedBy;
  }

  Instant getAgencySignedAt() {
    return agencySignedAt;
  }

  String getSupplierSignedBy() {
    return supplierSignedBy;
  }

  Instant getSupplierSignedAt() {
    return supplierSignedAt;
  }

  Instant getSignedAt() {
    return signedAt;
  }

  Instant getPublishedAt() {
    return publishedAt;
  }

  Instant getFiledAt() {
    return filedAt;
  }

  String getFilingReceiptNo() {
    return filingReceiptNo;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }
}

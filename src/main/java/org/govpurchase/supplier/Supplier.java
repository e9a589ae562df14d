package org.govpurchase.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 承接主体: a social organization (or other body) that bids for and delivers purchased services. */
@Entity
@Table(name = "supplier")
class Supplier {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "credit_code", nullable = false, length = 18)
  private String creditCode;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "organization_type", nullable = false, length = 32)
  private OrganizationType organizationType;

  @Column(name = "registration_authority", nullable = false, length = 100)
  private String registrationAuthority;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_grade", nullable = false, length = 8)
  private EvaluationGrade evaluationGrade;

  @Column(name = "grade_valid_until")
  private LocalDate gradeValidUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private SupplierStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** 取消资格: why, and the last day (Beijing date) it lasts; both null unless DISQUALIFIED by the process */
  @Column(name = "disqualification_reason", length = 500)
  private String disqualificationReason;

  @Column(name = "disqualified_until")
  private LocalDate disqualifiedUntil;

  protected Supplier() {
  }

  Supplier(String creditCode, Instant createdAt) {
    this.creditCode = creditCode;
    this.createdAt = createdAt;
    this.evaluationGrade = EvaluationGrade.NONE;
    this.status = SupplierStatus.ACTIVE;
  }

  void update(String creditCode, String name, OrganizationType organizationType,
      String registrationAuthority, EvaluationGrade grade, LocalDate gradeValidUntil,
      SupplierStatus status) {
    this.creditCode = creditCode;
    this.name = name;
    this.organizationType = organizationType;
    this.registrationAuthority = registrationAuthority;
    this.evaluationGrade = grade;
    this.gradeValidUntil = gradeValidUntil;
    this.status = status;
    if (status != SupplierStatus.DISQUALIFIED) { // reinstated by the registration authority
      this.disqualificationReason = null;
      this.disqualifiedUntil = null;
    }
  }

  void disqualify(String reason, LocalDate until) {
    this.status = SupplierStatus.DISQUALIFIED;
    this.disqualificationReason = reason;
    this.disqualifiedUntil = until;
  }

  void liftDisqualification() {
    this.status = SupplierStatus.ACTIVE;
    this.disqualificationReason = null;
    this.disqualifiedUntil = null;
  }

  String getDisqualificationReason() {
    return disqualificationReason;
  }

  LocalDate getDisqualifiedUntil() {
    return disqualifiedUntil;
  }

  Long getId() {
    return id;
  }

  String getCreditCode() {
    return creditCode;
  }

  String getName() {
    return name;
  }

  OrganizationType getOrganizationType() {
    return organizationType;
  }

  String getRegistrationAuthority() {
    return registrationAuthority;
  }

  EvaluationGrade getEvaluationGrade() {
    return evaluationGrade;
  }

  LocalDate getGradeValidUntil() {
    return gradeValidUntil;
  }

  SupplierStatus getStatus() {
    return status;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}

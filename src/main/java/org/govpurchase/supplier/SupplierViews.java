package org.govpurchase.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of a supplier: immutable, built inside the service's transaction. */
final class SupplierViews {

  private SupplierViews() {
  }

  /** either view of a supplier, as the caller may see it */
  sealed interface SupplierRecord permits Full, Summary {
  }

  /** the whole record: for government users and the supplier's own members */
  record Full(
      long id,
      String creditCode,
      String name,
      OrganizationType organizationType,
      String registrationAuthority,
      EvaluationGrade evaluationGrade,
      LocalDate gradeValidUntil,
      SupplierStatus status,
      Instant createdAt,
      List<EvidenceView> evidence,
      List<String> members,
      List<HistoryView> history) implements SupplierRecord {
  }

  /** the public part, for other suppliers */
  record Summary(
      long id,
      String creditCode,
      String name,
      OrganizationType organizationType,
      EvaluationGrade evaluationGrade,
      SupplierStatus status) implements SupplierRecord {

    static Summary of(Supplier supplier, LocalDate today) {
      return new Summary(supplier.getId(), supplier.getCreditCode(), supplier.getName(),
          supplier.getOrganizationType(), SupplierService.gradeOn(supplier, today), supplier.getStatus());
    }
  }

  /**
   * 信息公开: what anybody may read, by credit code; a sanction (取消资格) with its reason and last
   * day, both null when there is none. The organization only, never its users.
   */
  record Disclosure(String creditCode, String name, EvaluationGrade evaluationGrade,
      String evaluationGradeLabel, SupplierStatus status, String statusLabel,
      String sanctionReason, LocalDate sanctionedUntil) {

    static Disclosure of(Supplier supplier, LocalDate today) {
      EvaluationGrade grade = SupplierService.gradeOn(supplier, today);
      return new Disclosure(supplier.getCreditCode(), supplier.getName(), grade, grade.label(),
          supplier.getStatus(), supplier.getStatus().label(),
          supplier.getDisqualificationReason(), supplier.getDisqualifiedUntil());
    }
  }

  record EvidenceView(
      SupplierCondition condition,
      String conditionDescription,
      String evidence,
      String documentRef,
      LocalDate validUntil,
      boolean verified,
      String verifiedBy,
      Instant verifiedAt,
      String recordedBy,
      Instant recordedAt) {

    static EvidenceView of(ConditionEvidence evidence) {
      return new EvidenceView(evidence.getCondition(), evidence.getCondition().description(),
          evidence.getEvidence(), evidence.getDocumentRef(), evidence.getValidUntil(),
          evidence.isVerified(), evidence.getVerifiedBy(), evidence.getVerifiedAt(),
          evidence.getRecordedBy(), evidence.getRecordedAt());
    }
  }

  record HistoryView(SupplierEvent event, String note, String recordedBy, Instant occurredAt) {

    static HistoryView of(SupplierHistoryEntry entry) {
      return new HistoryView(entry.getEvent(), entry.getNote(), entry.getRecordedBy(), entry.getOccurredAt());
    }
  }
}

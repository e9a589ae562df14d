package org.govpurchase.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A stored evaluation report: the JSON of an {@link EvaluationReport}, one per procurement, never changed. */
@Entity
@Table(name = "evaluation_report")
class EvaluationReportRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_no", nullable = false, length = 32, unique = true, updatable = false)
  private String procurementNo;

  // LONGTEXT on MySQL, a CHARACTER VARYING of up to 10^9 characters on H2 (see V6)
  @Column(name = "report", nullable = false, columnDefinition = "longtext", updatable = false)
  private String report;

  /** UTC wall-clock time */
  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected EvaluationReportRow() {
  }

  EvaluationReportRow(String procurementNo, String report, LocalDateTime createdAt) {
    this.procurementNo = procurementNo;
    this.report = report;
    this.createdAt = createdAt;
  }

  Long getId() {
    return id;
  }

  String getProcurementNo() {
    return procurementNo;
  }

  String getReport() {
    return report;
  }

  LocalDateTime getCreatedAt() {
    return createdAt;
  }
}

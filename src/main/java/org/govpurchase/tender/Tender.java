package org.govpurchase.tender;

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
import org.govpurchase.plan.ProcurementMethod;

/** 招标: the announced procurement of an approved plan, with its bid deadline. */
@Entity
@Table(name = "tender")
class Tender {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Enumerated(EnumType.STRING)
  @Column(name = "procurement_method", nullable = false, length = 32, updatable = false)
  private ProcurementMethod procurementMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private TenderStatus status;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "requirements", nullable = false, length = 2000)
  private String requirements;

  @Column(name = "documents_issued_on", nullable = false, updatable = false)
  private LocalDate documentsIssuedOn;

  @Column(name = "original_bid_deadline", nullable = false, updatable = false)
  private Instant originalBidDeadline;

  @Column(name = "bid_deadline", nullable = false)
  private Instant bidDeadline;

  @Column(name = "announced_at", nullable = false, updatable = false)
  private Instant announcedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Tender() {
  }

  Tender(String procurementNo, long planId, ProcurementMethod procurementMethod, String title,
      String requirements, LocalDate documentsIssuedOn, Instant bidDeadline, Instant announcedAt) {
    this.procurementNo = procurementNo;
    this.planId = planId;
    this.procurementMethod = procurementMethod;
    this.status = TenderStatus.ANNOUNCED;
    this.title = title;
    this.requirements = requirements;
    this.documentsIssuedOn = documentsIssuedOn;
    this.originalBidDeadline = bidDeadline;
    this.bidDeadline = bidDeadline;
    this.announcedAt = announcedAt;
  }

  /** whether bids and questions are taken at {@code now}: announced and before the deadline */
  boolean openAt(Instant now) {
    return status == TenderStatus.ANNOUNCED && now.isBefore(bidDeadline);
  }

  void moveDeadline(Instant to) {
    this.bidDeadline = to;
  }

  void close(Instant at) {
    this.status = TenderStatus.CLOSED;
    this.closedAt = at;
  }

  /** CLOSED to FAILED (废标) or AWARDED; closed_at stays */
  void conclude(TenderStatus to) {
    this.status = to;
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

  ProcurementMethod getProcurementMethod() {
    return procurementMethod;
  }

  TenderStatus getStatus() {
    return status;
  }

  String getTitle() {
    return title;
  }

  String getRequirements() {
    return requirements;
  }

  LocalDate getDocumentsIssuedOn() {
    return documentsIssuedOn;
  }

  Instant getOriginalBidDeadline() {
    return originalBidDeadline;
  }

  Instant getBidDeadline() {
    return bidDeadline;
  }

  Instant getAnnouncedAt() {
    return announcedAt;
  }

  Instant getClosedAt() {
    return closedAt;
  }
}

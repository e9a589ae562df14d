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

/** One event in a supplier's history, the credit record (诚信档案); never changed once written. */
@Entity
@Table(name = "supplier_history")
class SupplierHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private Long supplierId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 24, updatable = false)
  private SupplierEvent event;

  @Column(name = "note", nullable = false, length = 500, updatable = false)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
  private String recordedBy;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected SupplierHistoryEntry() {
  }

  SupplierHistoryEntry(long supplierId, SupplierEvent event, String note, String recordedBy,
      Instant occurredAt) {
    this.supplierId = supplierId;
    this.event = event;
    this.note = note;
    this.recordedBy = recordedBy;
    this.occurredAt = occurredAt;
  }

  Long getId() {
    return id;
  }

  SupplierEvent getEvent() {
    return event;
  }

  String getNote() {
    return note;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }
}

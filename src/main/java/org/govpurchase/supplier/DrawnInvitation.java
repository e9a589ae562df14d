package org.govpurchase.supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One invitation draw (table invitation_draw) with its invitees (invitation_draw_supplier). */
@Entity
@Table(name = "invitation_draw")
class DrawnInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "draw_key", nullable = false, length = 100, unique = true, updatable = false)
  private String drawKey;

  @Column(name = "procurement_no", nullable = false, length = 32, updatable = false)
  private String procurementNo;

  @Column(name = "seed", nullable = false, updatable = false)
  private long seed;

  @Column(name = "bid_date", nullable = false, updatable = false)
  private LocalDate bidDate;

  @Column(name = "requested_count", nullable = false, updatable = false)
  private int requestedCount;

  /** null: no grade required */
  @Enumerated(EnumType.STRING)
  @Column(name = "minimum_grade", length = 8, updatable = false)
  private EvaluationGrade minimumGrade;

  /** UTC, whole seconds */
  @Column(name = "drawn_at", nullable = false, updatable = false)
  private Instant drawnAt;

  @ElementCollection
  @CollectionTable(name = "invitation_draw_supplier", joinColumns = @JoinColumn(name = "draw_id"))
  @OrderBy("position")
  private List<Invitee> invitees = new ArrayList<>();

  protected DrawnInvitation() {
  }

  DrawnInvitation(String drawKey, String procurementNo, long seed, LocalDate bidDate, int requestedCount,
      EvaluationGrade minimumGrade, Instant drawnAt, List<Long> supplierIds) {
    this.drawKey = drawKey;
    this.procurementNo = procurementNo;
    this.seed = seed;
    this.bidDate = bidDate;
    this.requestedCount = requestedCount;
    this.minimumGrade = minimumGrade;
    this.drawnAt = drawnAt;
    int position = 0;
    for (Long supplierId : supplierIds) {
      invitees.add(new Invitee(supplierId, ++position));
    }
  }

  Long getId() {
    return id;
  }

  String getDrawKey() {
    return drawKey;
  }

  String getProcurementNo() {
    return procurementNo;
  }

  long getSeed() {
    return seed;
  }

  LocalDate getBidDate() {
    return bidDate;
  }

  int getRequestedCount() {
    return requestedCount;
  }

  EvaluationGrade getMinimumGrade() {
    return minimumGrade;
  }

  Instant getDrawnAt() {
    return drawnAt;
  }

  /** in position order */
  List<Invitee> getInvitees() {
    return Collections.unmodifiableList(invitees);
  }

  /** An invited supplier and its place in the drawn order. */
  @Embeddable
  static class Invitee {

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Column(name = "position", nullable = false)
    private int position;

    protected Invitee() {
    }

    Invitee(long supplierId, int position) {
      this.supplierId = supplierId;
      this.position = position;
    }

    Long getSupplierId() {
      return supplierId;
    }

    int getPosition() {
      return position;
    }
  }
}

package org.govpurchase.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 澄清: a supplier's question with the buyer's answer. Who asked is never published. */
@Entity
@Table(name = "tender_clarification")
class Clarification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "tender_id", nullable = false, updatable = false)
  private long tenderId;

  @Column(name = "asked_by_supplier_id", nullable = false, updatable = false)
  private long askedBySupplierId;

  @Column(name = "asked_by", nullable = false, length = 64, updatable = false)
  private String askedBy;

  @Column(name = "question", nullable = false, length = 1000, updatable = false)
  private String question;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "answer", length = 2000)
  private String answer;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "deadline_moved_to")
  private Instant deadlineMovedTo;

  protected Clarification() {
  }

  static Clarification question(long tenderId, long supplierId, String userId, String question, Instant at) {
    Clarification c = new Clarification();
    c.tenderId = tenderId;
    c.askedBySupplierId = supplierId;
    c.askedBy = userId;
    c.question = question;
    c.askedAt = at;
    return c;
  }

  void answer(String text, String by, Instant at, Instant movedTo) {
    this.answer = text;
    this.answeredBy = by;
    this.answeredAt = at;
    this.deadlineMovedTo = movedTo;
  }

  boolean isAnswered() {
    return answer != null;
  }

  Long getId() {
    return id;
  }

  long getTenderId() {
    return tenderId;
  }

  long getAskedBySupplierId() {
    return askedBySupplierId;
  }

  String getAskedBy() {
    return askedBy;
  }

  String getQuestion() {
    return question;
  }

  Instant getAskedAt() {
    return askedAt;
  }

  String getAnswer() {
    return answer;
  }

  String getAnsweredBy() {
    return answeredBy;
  }

  Instant getAnsweredAt() {
    return answeredAt;
  }

  Instant getDeadlineMovedTo() {
    return deadlineMovedTo;
  }
}

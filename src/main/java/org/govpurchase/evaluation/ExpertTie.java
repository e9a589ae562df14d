package org.govpurchase.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tie of an expert to an organization (by unified social credit code) that triggers recusal. */
@Entity
@Table(name = "expert_tie")
class ExpertTie {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "expert_id", nullable = false)
  private Expert expert;

  // VARCHAR, not the native ENUM Hibernate would expect on MySQL/H2
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "tie_type", nullable = false, length = 20)
  private TieType type;

  @Column(name = "credit_code", nullable = false, length = 18)
  private String creditCode;

  @Column(name = "from_date")
  private LocalDate fromDate;

  /** NULL: the tie continues */
  @Column(name = "to_date")
  private LocalDate toDate;

  @Column(name = "note", length = 200)
  private String note;

  protected ExpertTie() {
  }

  ExpertTie(Expert expert, TieType type, String creditCode, LocalDate fromDate, LocalDate toDate, String note) {
    this.expert = expert;
    this.type = type;
    this.creditCode = creditCode;
    this.fromDate = fromDate;
    this.toDate = toDate;
    this.note = note;
  }

  /**
   * Whether this tie recuses the expert from a tender whose bid deadline is {@code bidDeadline}:
   * a close relative always; employment, a directorship or control when it had not ended more
   * than {@code years} years before the deadline (ended on the very day {@code years} years
   * before still counts). A tie that begins after the deadline recuses too: the expert is tied
   * when the committee sits.
   */
  boolean recuses(LocalDate bidDeadline, int years) {
    if (!type.datesMatter()) {
      return true;
    }
    return toDate == null || !toDate.isBefore(bidDeadline.minusYears(years));
  }

  Long getId() {
    return id;
  }

  Expert getExpert() {
    return expert;
  }

  TieType getType() {
    return type;
  }

  String getCreditCode() {
    return creditCode;
  }

  LocalDate getFromDate() {
    return fromDate;
  }

  LocalDate getToDate() {
    return toDate;
  }

  String getNote() {
    return note;
  }
}

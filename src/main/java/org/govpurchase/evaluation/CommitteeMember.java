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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A drawn expert: a MEMBER on a seat or a STANDBY in order; declined members keep their row. */
@Entity
@Table(name = "committee_member")
class CommitteeMember {

  enum Role { MEMBER, STANDBY }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "draw_id", nullable = false, updatable = false)
  private DrawnCommittee draw;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "expert_id", nullable = false, updatable = false)
  private Expert expert;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "role", nullable = false, length = 10)
  private Role role;

  @Column(name = "seat_no")
  private Integer seatNo;

  @Column(name = "standby_order", updatable = false)
  private Integer standbyOrder;

  @Column(name = "declined", nullable = false)
  private boolean declined;

  /** the expert id of the standby who took this member's seat */
  @Column(name = "replaced_by")
  private Long replacedBy;

  protected CommitteeMember() {
  }

  private CommitteeMember(DrawnCommittee draw, Expert expert, Role role, Integer seatNo, Integer standbyOrder) {
    this.draw = draw;
    this.expert = expert;
    this.role = role;
    this.seatNo = seatNo;
    this.standbyOrder = standbyOrder;
  }

  static CommitteeMember member(DrawnCommittee draw, Expert expert, int seatNo) {
    return new CommitteeMember(draw, expert, Role.MEMBER, seatNo, null);
  }

  static CommitteeMember standby(DrawnCommittee draw, Expert expert, int standbyOrder) {
    return new CommitteeMember(draw, expert, Role.STANDBY, null, standbyOrder);
  }

  /** a member on a seat who has not declined */
  boolean isServing() {
    return role == Role.MEMBER && !declined;
  }

  /** a standby still available to take a seat */
  boolean isAvailableStandby() {
    return role == Role.STANDBY && !declined;
  }

  void decline(Long replacedBy) {
    this.declined = true;
    this.replacedBy = replacedBy;
  }

  void takeSeat(int seatNo) {
    this.role = Role.MEMBER;
    this.seatNo = seatNo;
  }

  Long getId() {
    return id;
  }

  Expert getExpert() {
    return expert;
  }

  Role getRole() {
    return role;
  }

  Integer getSeatNo() {
    return seatNo;
  }

  Integer getStandbyOrder() {
    return standbyOrder;
  }

  boolean isDeclined() {
    return declined;
  }

  Long getReplacedBy() {
    return replacedBy;
  }
}

package org.govpurchase.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 合同变更: one proposed change to a filed contract and what became of it. */
@Entity
@Table(name = "contract_amendment")
class ContractAmendment {

  /** one instalment of the proposed schedule */
  @Embeddable
  record ProposedInstalment(@Column(name = "seq") int seq, @Column(name = "amount") BigDecimal amount,
      @Column(name = "due_date") LocalDate dueDate) {
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_by_side", nullable = false, length = 16, updatable = false)
  private ContractSide proposedBySide;

  @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "reason", nullable = false, length = 1000, updatable = false)
  private String reason;

  @Column(name = "old_amount", nullable = false, updatable = false)
  private BigDecimal oldAmount;

  @Column(name = "new_amount", updatable = false)
  private BigDecimal newAmount;

  @Column(name = "old_term_end", nullable = false, updatable = false)
  private LocalDate oldTermEnd;

  @Column(name = "new_term_end", updatable = false)
  private LocalDate newTermEnd;

  @Column(name = "funds_use", length = 500, updatable = false)
  private String fundsUse;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_amendment_instalment", joinColumns = @JoinColumn(name = "amendment_id"))
  @OrderBy("seq")
  private List<ProposedInstalment> schedule = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AmendmentStatus status;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "term_decided_by", length = 64)
  private String termDecidedBy;

  @Column(name = "term_decided_at")
  private Instant termDecidedAt;

  @Column(name = "closing_reason", length = 500)
  private String closingReason;

  @Column(name = "in_force_at")
  private Instant inForceAt;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "filing_receipt_no", length = 32)
  private String filingReceiptNo;

  @Column(name = "process_instance_id", nullable = false, length = 64, updatable = false)
  private String processInstanceId;

  protected ContractAmendment() {
  }

  ContractAmendment(Contract contract, int seq, ContractSide side, String proposedBy, Instant proposedAt,
      AmendmentProposal proposal, String processInstanceId) {
    this.contractId = contract.getId();
    this.seq = seq;
    this.proposedBySide = side;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.reason = proposal.reason();
    this.oldAmount = contract.getAmount();
    this.newAmount = proposal.amount() == null ? null : proposal.amount().setScale(2);
    this.oldTermEnd = contract.getTermEnd();
    this.newTermEnd = proposal.termEnd();
    this.fundsUse = proposal.fundsUse();
    for (int n = 0; n < proposal.schedule().size(); n++) {
      var i = proposal.schedule().get(n);
      schedule.add(new ProposedInstalment(n + 1, i.amount().setScale(2), i.dueDate()));
    }
    this.processInstanceId = processInstanceId;
    this.status = AmendmentStatus.PROPOSED;
  }

  void answer(boolean accepted, String by, String why, Instant at) {
    this.answeredBy = by;
    this.answeredAt = at;
    this.status = accepted ? AmendmentStatus.AGREED : AmendmentStatus.REFUSED;
    this.closingReason = accepted ? null : why;
  }

  void lapse(String why) {
    this.status = AmendmentStatus.LAPSED;
    this.closingReason = why;
  }

  void decideTerm(boolean approved, String by, String why, Instant at) {
    this.termDecidedBy = by;
    this.termDecidedAt = at;
    if (!approved) {
      this.status = AmendmentStatus.TERM_REFUSED;
      this.closingReason = why;
    }
  }

  void voidFor(String why) {
    this.status = AmendmentStatus.VOID;
    this.closingReason = why;
  }

  void takeEffect(Instant at) {
    this.status = AmendmentStatus.IN_FORCE;
    this.inForceAt = at;
  }

  void file(String receiptNo, Instant at) {
    this.status = AmendmentStatus.FILED;
    this.filingReceiptNo = receiptNo;
    this.filedAt = at;
  }

  /** the finance bureau must approve: the amended term ends earlier than the contract's */
  boolean shortensTerm() {
    return newTermEnd != null && newTermEnd.isBefore(oldTermEnd);
  }

  AmendmentProposal proposal() {
    return new AmendmentProposal(newAmount, newTermEnd,
        schedule.stream().map(i -> new ContractViews.Instalment(i.amount(), i.dueDate())).toList(), fundsUse, reason);
  }

  ContractViews.AmendmentView view(String procurementNo) {
    return new ContractViews.AmendmentView(id, contractId, procurementNo, seq, proposedBySide, proposedBy, proposedAt,
        reason, oldAmount, newAmount, oldTermEnd, newTermEnd, shortensTerm(), proposal().schedule(), fundsUse, status,
        status.label(), answeredBy, answeredAt, termDecidedBy, termDecidedAt, closingReason, inForceAt, filedAt,
        filingReceiptNo);
  }

  /**
   * The public notice's view: the parties named as 甲方（agency）and 乙方（supplier）, the finance
   * bureau as 财政部门, no user ids.
   */
  ContractViews.PublicAmendment publicView(String agencyName, String supplierName) {
    String agency = "甲方（" + agencyName + "）";
    String supplier = "乙方（" + supplierName + "）";
    boolean byAgency = proposedBySide == ContractSide.AGENCY;
    return new ContractViews.PublicAmendment(id, seq, byAgency ? agency : supplier, proposedAt, reason, oldAmount,
        newAmount, oldTermEnd, newTermEnd, shortensTerm(), proposal().schedule(), fundsUse, status, status.label(),
        answeredAt == null ? null : (byAgency ? supplier : agency), answeredAt,
        termDecidedAt == null ? null : "财政部门", termDecidedAt, inForceAt, filedAt, filingReceiptNo);
  }

  Long getId() {
    return id;
  }

  long getContractId() {
    return contractId;
  }

  int getSeq() {
    return seq;
  }

  ContractSide getProposedBySide() {
    return proposedBySide;
  }

  String getProposedBy() {
    return proposedBy;
  }

  Instant getProposedAt() {
    return proposedAt;
  }

  String getReason() {
    return reason;
  }

  BigDecimal getOldAmount() {
    return oldAmount;
  }

  BigDecimal getNewAmount() {
    return newAmount;
  }

  LocalDate getOldTermEnd() {
    return oldTermEnd;
  }

  LocalDate getNewTermEnd() {
    return newTermEnd;
  }

  String getFundsUse() {
    return fundsUse;
  }

  List<ProposedInstalment> getSchedule() {
    return schedule;
  }

  AmendmentStatus getStatus() {
    return status;
  }

  String getAnsweredBy() {
    return answeredBy;
  }

  Instant getAnsweredAt() {
    return answeredAt;
  }

  String getTermDecidedBy() {
    return termDecidedBy;
  }

  Instant getTermDecidedAt() {
    return termDecidedAt;
  }

  String getClosingReason() {
    return closingReason;
  }

  Instant getInForceAt() {
    return inForceAt;
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

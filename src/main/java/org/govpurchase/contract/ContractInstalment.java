package org.govpurchase.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 分期支付: one instalment of a contract's payment schedule. */
@Entity
@Table(name = "contract_instalment")
class ContractInstalment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "amount", nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  protected ContractInstalment() {
  }

  ContractInstalment(long contractId, int seq, BigDecimal amount, LocalDate dueDate) {
    this.contractId = contractId;
    this.seq = seq;
    this.amount = amount;
    this.dueDate = dueDate;
  }

  /** an amendment in force changed this unpaid instalment */
  void reschedule(BigDecimal amount, LocalDate dueDate) {
    this.amount = amount;
    this.dueDate = dueDate;
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

  BigDecimal getAmount() {
    return amount;
  }

  LocalDate getDueDate() {
    return dueDate;
  }
}

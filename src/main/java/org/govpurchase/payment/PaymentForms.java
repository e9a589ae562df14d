package org.govpurchase.payment;

import java.util.Date;
import java.util.NoSuchElementException;
import org.govpurchase.contract.Contracts;
import org.springframework.stereotype.Component;

/**
 * Read-only facts of instalments for BPMN expressions: the forms' texts
 * ({@code ${paymentForms.instalmentSummary(instalmentId)}}) and the due-date timer
 * ({@code ${paymentForms.dueAt(instalmentId)}}, {@code ${paymentForms.overdue(instalmentId, now())}}).
 */
@Component("paymentForms")
public class PaymentForms {

  private final PaymentService payments;
  private final Contracts contracts;

  PaymentForms(PaymentService payments, Contracts contracts) {
    this.payments = payments;
    this.contracts = contracts;
  }

  /**
   * Paid only after the contract's acceptance passes (the last instalment): its instance waits for
   * the signal AcceptancePassed-{contractId} before it takes the supplier's request.
   */
  public boolean afterAcceptance(Object instalmentId) {
    Long id = id(instalmentId);
    return id != null && contracts.payableAfterAcceptance(id);
  }

  /** 第N期, amount, due date and the pending request; a plain text for a missing or unknown id, never an exception */
  public String instalmentSummary(Object instalmentId) {
    Long id = id(instalmentId);
    if (id == null) {
      return "（分期编号缺失）";
    }
    return payments.instalmentSummary(id).orElse("（分期" + id + "不存在）");
  }

  /** the end of the instalment's current due date, Beijing time, for the timer that watches it */
  public Date dueAt(Object instalmentId) {
    Long id = id(instalmentId);
    return Date.from(payments.dueDeadline(id == null ? -1 : id)
        .orElseThrow(() -> new NoSuchElementException("分期" + instalmentId + "不存在")));
  }

  /** unpaid and past its current due date; false when the due date was moved later meanwhile */
  public boolean overdue(Object instalmentId, Date now) {
    Long id = id(instalmentId);
    return id != null && payments.overdue(id, now.toInstant());
  }

  static Long id(Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    if (value instanceof String s && s.strip().matches("\\d{1,18}")) {
      return Long.parseLong(s.strip());
    }
    return null;
  }
}

package org.govpurchase.payment;

import org.springframework.stereotype.Component;

/** Read-only texts for the payment forms, in BPMN expressions: {@code ${paymentForms.instalmentSummary(instalmentId)}}. */
@Component("paymentForms")
public class PaymentForms {

  private final PaymentService payments;

  PaymentForms(PaymentService payments) {
    this.payments = payments;
  }

  /** 第N期, amount, due date and the pending request; a plain text for a missing or unknown id, never an exception */
  public String instalmentSummary(Object instalmentId) {
    Long id = id(instalmentId);
    if (id == null) {
      return "（分期编号缺失）";
    }
    return payments.instalmentSummary(id).orElse("（分期" + id + "不存在）");
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

package org.govpurchase.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentFormChecksTest {

  @Test
  void fundsNeedARouteAndAShortNote() {
    assertThat(PaymentFormChecks.fundsProblems("FINANCE_DIRECT", null)).isEmpty();
    assertThat(PaymentFormChecks.fundsProblems("AGENCY_BUDGET", "已确认")).isEmpty();
    assertThat(PaymentFormChecks.fundsProblems("MAJOR_PROJECT_CONFIRMED", null)).singleElement().asString()
        .contains("paymentRoute");
    assertThat(PaymentFormChecks.fundsProblems(null, "x".repeat(501))).hasSize(2);
  }

  @Test
  void aReturnNeedsItsReason() {
    assertThat(PaymentFormChecks.decisionProblems("APPROVE", null)).isEmpty();
    assertThat(PaymentFormChecks.decisionProblems("RETURN", "缺少服务记录")).isEmpty();
    assertThat(PaymentFormChecks.decisionProblems("RETURN", "  ")).singleElement().asString()
        .contains("instalmentReturnReason");
    assertThat(PaymentFormChecks.decisionProblems("MAYBE", "x".repeat(501))).hasSize(2);
  }
}

package org.govpurchase.contract;

import org.govpurchase.payment.PaymentService;

/**
 * A synthetic reach from contract into payment, for FeatureBoundariesTest only: the boundary test
 * must report it as a cycle (payment already depends on contract). Never used by the platform.
 */
public class ReachIntoPaymentForTheBoundaryTest {

  boolean paid(PaymentService payments, long instalmentId) {
    return payments.requestedOrPaid(instalmentId);
  }
}

package org.govpurchase.payment;

import org.govpurchase.web.DeniedException;

/** A user who does not act for the contract's supplier; answered with 403. */
public class PaymentDeniedException extends DeniedException {

  public PaymentDeniedException(String message) {
    super(message);
  }
}

package org.govpurchase.payment;

import org.govpurchase.web.ConflictException;

/** A payment step the instalment's state does not allow (already paid, a request pending); 409, nothing written. */
public class PaymentConflictException extends ConflictException {

  public PaymentConflictException(String message) {
    super(message);
  }
}

package org.govpurchase.tender;

import org.govpurchase.web.ConflictException;

/** A write that conflicts with the bid's or tender's current state; answered with 409, nothing written. */
public class TenderConflictException extends ConflictException {

  public TenderConflictException(String message) {
    super(message);
  }
}

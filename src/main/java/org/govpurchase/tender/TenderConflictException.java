package org.govpurchase.tender;

/** A write that conflicts with the bid's or tender's current state; answered with 409, nothing written. */
public class TenderConflictException extends RuntimeException {

  public TenderConflictException(String message) {
    super(message);
  }
}

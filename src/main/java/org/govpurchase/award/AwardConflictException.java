package org.govpurchase.award;

/** A write that conflicts with the award's or challenge's current state; answered with 409, nothing written. */
public class AwardConflictException extends RuntimeException {

  public AwardConflictException(String message) {
    super(message);
  }
}

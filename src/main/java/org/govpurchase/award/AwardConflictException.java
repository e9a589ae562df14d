package org.govpurchase.award;

import org.govpurchase.web.ConflictException;

/** A write that conflicts with the award's or challenge's current state; answered with 409, nothing written. */
public class AwardConflictException extends ConflictException {

  public AwardConflictException(String message) {
    super(message);
  }
}

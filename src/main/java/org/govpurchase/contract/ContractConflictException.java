package org.govpurchase.contract;

import org.govpurchase.web.ConflictException;

/** A write that conflicts with the contract's current state (not signing now, already drafted); 409, nothing written. */
public class ContractConflictException extends ConflictException {

  public ContractConflictException(String message) {
    super(message);
  }
}

package org.govpurchase.contract;

import org.govpurchase.web.DeniedException;

/** A user who does not act for the contract's supplier; answered with 403. */
public class ContractAccessDeniedException extends DeniedException {

  public ContractAccessDeniedException(String message) {
    super(message);
  }
}

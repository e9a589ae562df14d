package org.govpurchase.tender;

import org.govpurchase.web.DeniedException;

/** A user acting for no supplier organization, or for another one than the bid's; answered with 403. */
public class BidAccessDeniedException extends DeniedException {

  public BidAccessDeniedException(String message) {
    super(message);
  }
}

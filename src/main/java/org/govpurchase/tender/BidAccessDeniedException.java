package org.govpurchase.tender;

import org.springframework.security.access.AccessDeniedException;

/** A user acting for no supplier organization, or for another one than the bid's; answered with 403. */
public class BidAccessDeniedException extends AccessDeniedException {

  public BidAccessDeniedException(String message) {
    super(message);
  }
}

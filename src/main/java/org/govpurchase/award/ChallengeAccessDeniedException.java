package org.govpurchase.award;

import org.govpurchase.web.DeniedException;

/** A user who may not challenge this award (no supplier, or one that did not bid); answered with 403. */
public class ChallengeAccessDeniedException extends DeniedException {

  public ChallengeAccessDeniedException(String message) {
    super(message);
  }
}

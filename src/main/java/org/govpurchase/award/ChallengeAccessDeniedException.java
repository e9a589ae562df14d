package org.govpurchase.award;

import org.springframework.security.access.AccessDeniedException;

/** A user who may not challenge this award (no supplier, or one that did not bid); answered with 403. */
public class ChallengeAccessDeniedException extends AccessDeniedException {

  public ChallengeAccessDeniedException(String message) {
    super(message);
  }
}

package org.govpurchase.web;

import org.springframework.security.access.AccessDeniedException;

/**
 * A signed-in user who may not do this to this record (another organization's bid, an award it did
 * not bid for); answered with 403 and the message, which Spring Security's own 403 would not carry.
 */
public class DeniedException extends AccessDeniedException {

  public DeniedException(String message) {
    super(message);
  }
}

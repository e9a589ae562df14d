package org.govpurchase.web;

/** A write that conflicts with the current state of what it changes; answered with 409 and the message, nothing written. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}

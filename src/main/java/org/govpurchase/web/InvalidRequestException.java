package org.govpurchase.web;

/** A request that breaks a domain rule; answered with 400 and the message, nothing written. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}

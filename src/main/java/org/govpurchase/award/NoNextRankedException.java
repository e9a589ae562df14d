package org.govpurchase.award;

/** No further ranked bid to move the award to; the worker raises Error_NoNextRanked. */
public class NoNextRankedException extends RuntimeException {

  public NoNextRankedException(String message) {
    super(message);
  }
}

package org.govpurchase.award;

import org.govpurchase.web.InvalidRequestException;

/**
 * The buyer's choice of a supplier (direct purchase, single source) is refused: unknown or
 * unqualified supplier, bad price or justification. 400 in an API; the workers turn it into the
 * BPMN error Error_AwardRefused with the message in awardRefusal. Nothing is written.
 */
public class AwardRefusedException extends InvalidRequestException {

  public AwardRefusedException(String message) {
    super(message);
  }
}

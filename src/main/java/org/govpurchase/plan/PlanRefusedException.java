package org.govpurchase.plan;

import org.govpurchase.web.InvalidRequestException;

/** A plan that may not be registered as it is; the message says why, in Chinese. Nothing was written. */
class PlanRefusedException extends InvalidRequestException {

  PlanRefusedException(String message) {
    super(message);
  }
}

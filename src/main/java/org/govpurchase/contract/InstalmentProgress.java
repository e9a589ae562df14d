package org.govpurchase.contract;

/**
 * What the contract needs to know of an instalment's payment, declared here and implemented by the
 * payment feature: an amendment may not change an instalment the supplier already requested (and
 * was not sent back) or that was paid.
 */
public interface InstalmentProgress {

  /** requested and pending or approved, or paid */
  boolean requestedOrPaid(long instalmentId);
}

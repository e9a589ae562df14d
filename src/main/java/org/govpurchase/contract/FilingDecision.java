package org.govpurchase.contract;

/** The finance bureau's decision on a filing attempt. */
public enum FilingDecision {
  ACCEPTED,
  RETURNED
}

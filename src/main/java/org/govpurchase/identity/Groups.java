package org.govpurchase.identity;

/** Candidate groups of DOMAIN.md, the ids used in BPMN, authorizations and API roles. */
public final class Groups {
  public static final String PURCHASING_AGENCY = "purchasing-agency";
  public static final String FINANCE_BUREAU = "finance-bureau";
  public static final String GOVERNMENT_OFFICE = "government-office";
  public static final String REGISTRATION_AUTHORITY = "registration-authority";
  public static final String PROCUREMENT_AGENCY = "procurement-agency";
  public static final String EXPERT = "expert";
  public static final String THIRD_PARTY_EVALUATOR = "third-party-evaluator";
  public static final String SUPERVISION = "supervision";
  public static final String SUPPLIER = "supplier";
  /** the technical group of the external-task workers */
  public static final String WORKERS = "workers";

  private Groups() {
  }
}

package org.govpurchase.evaluation;

/**
 * A committee cannot be drawn or completed from the pool: a business outcome, not a fault. The
 * worker turns it into the BPMN error {@link #errorCode()}; nothing was written.
 */
public class CommitteeDrawException extends RuntimeException {

  /** why, each with the BPMN error code the Tendering process catches */
  public enum Reason {
    /** fewer eligible experts than members plus standbys */
    POOL_TOO_SMALL("Error_ExpertPoolInsufficient"),
    /** no eligible expert has a requested specialty */
    SPECIALTY_NOT_COVERED("Error_ExpertPoolInsufficient"),
    /** the requested specialties need more experts than the committee has expert seats */
    SPECIALTIES_EXCEED_SEATS("Error_ExpertPoolInsufficient"),
    /** a member declined and no standby left keeps the specialty coverage */
    NO_SUITABLE_STANDBY("Error_NoSuitableStandby");

    private final String errorCode;

    Reason(String errorCode) {
      this.errorCode = errorCode;
    }

    public String errorCode() {
      return errorCode;
    }
  }

  private final Reason reason;

  public CommitteeDrawException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** the BPMN error code */
  public String errorCode() {
    return reason.errorCode();
  }
}

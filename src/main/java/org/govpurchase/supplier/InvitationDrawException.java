package org.govpurchase.supplier;

/**
 * The invitation draw cannot be made: a business outcome, not a fault. The worker turns it into
 * the BPMN error {@link #errorCode()}; nothing was written.
 */
public class InvitationDrawException extends RuntimeException {

  /** why, each with the BPMN error code the process catches */
  public enum Reason {
    /** fewer suppliers qualified on the bid date than are to be invited */
    TOO_FEW_QUALIFIED_SUPPLIERS("Error_TooFewQualifiedSuppliers");

    private final String errorCode;

    Reason(String errorCode) {
      this.errorCode = errorCode;
    }

    public String errorCode() {
      return errorCode;
    }
  }

  private final Reason reason;
  private final int qualified;
  private final int requested;

  public InvitationDrawException(Reason reason, int qualified, int requested, String message) {
    super(message);
    this.reason = reason;
    this.qualified = qualified;
    this.requested = requested;
  }

  public Reason reason() {
    return reason;
  }

  /** the BPMN error code */
  public String errorCode() {
    return reason.errorCode();
  }

  /** how many suppliers were qualified */
  public int qualified() {
    return qualified;
  }

  /** how many were to be invited */
  public int requested() {
    return requested;
  }
}

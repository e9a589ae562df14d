package org.govpurchase.supplier;

/** The ids of processes/supplier-disqualification.bpmn, its topics and variables. */
public final class SupplierDisqualificationProcess {

  public static final String KEY = "SupplierDisqualification";

  public static final String START = "StartEvent_DisqualificationDecided";
  public static final String TASK_RECORD = "Task_RecordDisqualification";
  public static final String EVENT_PERIOD_ENDS = "Event_DisqualificationPeriodEnds";
  public static final String TASK_LIFT = "Task_LiftDisqualification";
  public static final String END_LIFTED = "EndEvent_DisqualificationLifted";

  public static final String TOPIC_RECORD = "supplier.recordDisqualification";
  public static final String TOPIC_LIFT = "supplier.liftDisqualification";

  /** the start form's fields */
  public static final String VAR_CREDIT_CODE = "supplierCreditCode";
  public static final String VAR_REASON = "disqualificationReason";
  public static final String VAR_MONTHS = "disqualificationMonths";
  /** camunda:initiator, the finance bureau user who decided it */
  public static final String VAR_INITIATOR = "disqualificationInitiator";
  /** set by the start check: the registered supplier of the credit code */
  public static final String VAR_SUPPLIER_ID = "supplierId";
  /** set by the record worker: the last day (ISO Beijing date) and the instant the timer fires */
  public static final String VAR_UNTIL = "disqualifiedUntil";
  public static final String VAR_ENDS_AT = "disqualificationEndsAt";

  private SupplierDisqualificationProcess() {
  }
}

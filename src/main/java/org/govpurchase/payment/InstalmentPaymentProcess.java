package org.govpurchase.payment;

import org.govpurchase.contract.ContractProcess;

/**
 * The ids of processes/instalment-payment.bpmn, its topics, message and variables: one instalment
 * of a filed contract, from the supplier's request to the payment, with the watch over its due
 * date. Contract calls it once per instalment (multi-instance over instalmentIds). The payment steps
 * that Contract runs once per contract before the instalments (plan, funds confirmation) are
 * payment's too: their topics are here.
 */
public final class InstalmentPaymentProcess {

  public static final String KEY = "InstalmentPayment";

  // ---- activities ----
  public static final String START = "StartEvent_InstalmentPlanned";
  public static final String EVENT_INSTALMENT_REQUESTED = "Event_InstalmentRequested";
  /** the instalment paid after acceptance (the contract's last) waits here for the acceptance to pass */
  public static final String GATEWAY_AFTER_ACCEPTANCE = "Gateway_AfterAcceptance";
  public static final String EVENT_ACCEPTANCE_PASSED = "Event_AcceptancePassed";
  public static final String TASK_APPROVE_INSTALMENT = "Task_ApproveInstalment";
  public static final String EVENT_APPROVAL_OVERDUE = "Event_ApprovalOverdue";
  public static final String CALL_SUPERVISE_APPROVAL = "Call_SuperviseApproval";
  public static final String TASK_REVIEW_INSTALMENT = "Task_ReviewInstalment";
  public static final String EVENT_REVIEW_OVERDUE = "Event_ReviewOverdue";
  public static final String CALL_SUPERVISE_REVIEW = "Call_SuperviseReview";
  public static final String TASK_RECORD_INSTALMENT_DECISION = "Task_RecordInstalmentDecision";
  public static final String TASK_PAY_INSTALMENT = "Task_PayInstalment";
  public static final String END_PAID = "EndEvent_InstalmentPaid";
  /** a timer at the end of the instalment's due date, set again when an amendment moved the date */
  public static final String EVENT_INSTALMENT_DUE = "Event_InstalmentDue";
  public static final String CALL_SUPERVISE_OVERDUE_INSTALMENT = "Call_SuperviseOverdueInstalment";

  // ---- topics (planPayments and confirmFunds run in Contract, once per contract) ----
  public static final String TOPIC_PLAN_PAYMENTS = "payment.planPayments";
  public static final String TOPIC_CONFIRM_FUNDS = "payment.confirmFunds";
  public static final String TOPIC_RECORD_INSTALMENT_DECISION = "payment.recordInstalmentDecision";
  public static final String TOPIC_PAY_INSTALMENT = "payment.payInstalment";

  // ---- message (correlated by the supplier API) ----
  /** the supplier requested an instalment; correlated on the process variable {@link #VAR_INSTALMENT_ID} */
  public static final String MESSAGE_INSTALMENT_REQUESTED = "InstalmentRequested";

  // ---- in from Contract ----
  /** Long: the instalment this instance pays (Contract's element variable) */
  public static final String VAR_INSTALMENT_ID = "instalmentId";
  public static final String VAR_CONTRACT_ID = ContractProcess.VAR_CONTRACT_ID;
  public static final String VAR_PROCUREMENT_NO = ContractProcess.VAR_PROCUREMENT_NO;
  /** AGENCY_BUDGET or FINANCE_DIRECT, as Contract knows it once the funds are confirmed */
  public static final String VAR_PAYMENT_ROUTE = ContractProcess.VAR_PAYMENT_ROUTE;

  // ---- set in Contract by payment.planPayments and Task_ConfirmFunds ----
  public static final String VAR_INSTALMENT_IDS = ContractProcess.VAR_INSTALMENT_IDS;
  public static final String VAR_FUNDING_SOURCE = ContractProcess.VAR_FUNDING_SOURCE;
  public static final String VAR_FUNDS_NOTE = ContractProcess.VAR_FUNDS_NOTE;
  public static final String VAR_FUNDS_CONFIRMED_BY = ContractProcess.VAR_FUNDS_CONFIRMED_BY;

  // ---- the decision forms ----
  /** display text: number, amount, due date and the supplier's request */
  public static final String VAR_INSTALMENT_SUMMARY = "instalmentSummary";
  /** APPROVE or RETURN */
  public static final String VAR_INSTALMENT_DECISION = "instalmentDecision";
  public static final String VAR_INSTALMENT_RETURN_REASON = "instalmentReturnReason";
  public static final String VAR_INSTALMENT_APPROVER = "instalmentApprover";

  private InstalmentPaymentProcess() {
  }
}

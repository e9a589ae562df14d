package org.govpurchase.contract;

/**
 * The ids of processes/contract-amendment.bpmn, its topics, messages, errors and variables: one
 * proposed change to a filed contract, from proposal to the other side's answer, the finance
 * bureau's approval of a shortened term, the amended contract in force and re-published, and its
 * filing. The filing steps are the Contract process's (same ids, topics, forms and variables, with
 * {@link #VAR_AMENDMENT_ID} set); see {@link ContractProcess}.
 */
public final class AmendmentProcess {

  public static final String KEY = "ContractAmendment";

  // ---- activities ----
  public static final String START = "StartEvent_AmendmentProposed";
  public static final String TASK_REGISTER = "Task_RegisterAmendment";
  /** the event-based gateway where an agency's proposal waits for the supplier's answer or the timer */
  public static final String GATEWAY_AWAIT_SUPPLIER_ANSWER = "Gateway_AwaitSupplierAnswer";
  public static final String EVENT_SUPPLIER_ANSWERED = "Event_SupplierAnswered";
  public static final String EVENT_SUPPLIER_ANSWER_LAPSED = "Event_SupplierAnswerLapsed";
  public static final String TASK_ANSWER = "Task_AnswerAmendment";
  public static final String EVENT_AGENCY_ANSWER_LAPSED = "Event_AgencyAnswerLapsed";
  /** the agency let a supplier's proposal lapse: supervised, then the lapse is recorded */
  public static final String CALL_SUPERVISE_ANSWER = "Call_SuperviseAnswer";
  public static final String TASK_RECORD_LAPSE = "Task_RecordLapse";
  /** records the agency's answer only: the supplier's was recorded by the API and joins after it */
  public static final String TASK_RECORD_ANSWER = "Task_RecordAnswer";
  public static final String TASK_APPROVE_TERM = "Task_ApproveTermChange";
  public static final String EVENT_TERM_APPROVAL_OVERDUE = "Event_TermApprovalOverdue";
  public static final String CALL_SUPERVISE_TERM_APPROVAL = "Call_SuperviseTermApproval";
  public static final String TASK_RECORD_TERM_DECISION = "Task_RecordTermDecision";
  public static final String TASK_TAKE_EFFECT = "Task_TakeEffect";
  public static final String EVENT_PUBLICATION_OVERDUE = "Event_AmendmentPublicationOverdue";
  public static final String CALL_SUPERVISE_PUBLICATION = "Call_SupervisePublication";
  /** the filing steps carry the Contract process's ids; their escalations too */
  public static final String EVENT_FILING_OVERDUE = ContractProcess.EVENT_FILING_OVERDUE;
  public static final String CALL_SUPERVISE_FILING = ContractProcess.CALL_SUPERVISE_FILING;
  public static final String EVENT_FILING_CORRECTION_OVERDUE = ContractProcess.EVENT_FILING_CORRECTION_OVERDUE;
  public static final String CALL_SUPERVISE_FILING_CORRECTION = ContractProcess.CALL_SUPERVISE_FILING_CORRECTION;
  public static final String END_LAPSED = "EndEvent_AmendmentLapsed";
  public static final String END_REFUSED = "EndEvent_AmendmentRefused";
  public static final String END_TERM_REFUSED = "EndEvent_TermRefused";
  public static final String END_VOID = "EndEvent_AmendmentVoid";
  public static final String END_FILED = "EndEvent_AmendmentFiled";

  // ---- topics ----
  public static final String TOPIC_REGISTER = "amendment.register";
  public static final String TOPIC_RECORD_ANSWER = "amendment.recordAnswer";
  public static final String TOPIC_RECORD_LAPSE = "amendment.recordLapse";
  public static final String TOPIC_RECORD_TERM_DECISION = "amendment.recordTermDecision";
  public static final String TOPIC_TAKE_EFFECT = "amendment.takeEffect";

  // ---- messages and errors ----
  /** the supplier answered an agency's proposal; correlated on the process variable amendmentId */
  public static final String MESSAGE_SUPPLIER_ANSWERED = "AmendmentAnswered";
  /** amendment.takeEffect found the change breaks a rule by now; the amendment is VOID */
  public static final String ERROR_AMENDMENT_VOID = "Error_AmendmentVoid";

  // ---- the proposal (start form or the supplier API) ----
  /** the contract's procurement number, as the agency officer types it */
  public static final String VAR_CONTRACT_NO = "contractNo";
  /** the new contract amount in yuan; empty: unchanged */
  public static final String VAR_NEW_AMOUNT = "newAmount";
  /** the new last day of the term, yyyy-MM-dd; empty: unchanged */
  public static final String VAR_NEW_TERM_END = "newTermEnd";
  /** instalment1Amount/instalment1DueDate … as in {@link ContractProcess#VAR_INSTALMENT_PREFIX}; all empty: unchanged */
  public static final String VAR_FUNDS_USE = "fundsUse";
  public static final String VAR_REASON = "amendmentReason";
  /** set by the engine from the officer who starts it in Tasklist (absent when the supplier API starts it) */
  public static final String VAR_INITIATED_BY = "initiatedBy";

  // ---- set by the start check ----
  /** Long */
  public static final String VAR_CONTRACT_ID = ContractProcess.VAR_CONTRACT_ID;
  /** {@link ContractSide} name */
  public static final String VAR_PROPOSED_BY = "proposedBy";
  public static final String VAR_PROPOSER = "proposer";

  // ---- set by amendment.register ----
  /** Long */
  public static final String VAR_AMENDMENT_ID = "amendmentId";
  /** Integer: 第N次变更 */
  public static final String VAR_AMENDMENT_SEQ = "amendmentSeq";
  public static final String VAR_PROCUREMENT_NO = ContractProcess.VAR_PROCUREMENT_NO;
  /** display text: before and after */
  public static final String VAR_SUMMARY = "amendmentSummary";
  /** Boolean: the term ends earlier; the finance bureau must approve */
  public static final String VAR_SHORTENS_TERM = "shortensTerm";

  // ---- the answer (Task_AnswerAmendment form or the supplier API) ----
  /** ACCEPT or REFUSE */
  public static final String VAR_ANSWER = "amendmentAnswer";
  public static final String VAR_ANSWER_REASON = "amendmentAnswerReason";
  public static final String VAR_ANSWERED_BY = "amendmentAnsweredBy";

  // ---- Task_ApproveTermChange form ----
  /** APPROVE or REFUSE */
  public static final String VAR_TERM_DECISION = "termDecision";
  public static final String VAR_TERM_DECISION_REASON = "termDecisionReason";
  public static final String VAR_TERM_DECIDED_BY = "termDecidedBy";

  /** Date: when both sides (and for a shortened term the finance bureau) had agreed; the filing deadlines count from it */
  public static final String VAR_AGREED_AT = ContractProcess.VAR_SIGNED_AT;
  /** set when it could not take effect, and on lapse or refusal: why */
  public static final String VAR_CLOSING_REASON = "amendmentClosingReason";

  public static final String ACCEPT = "ACCEPT";
  public static final String REFUSE = "REFUSE";
  public static final String APPROVE = "APPROVE";

  private AmendmentProcess() {
  }
}

package org.govpurchase.contract;

/**
 * The ids of processes/contract.bpmn, its topics, messages, errors and variables: an awarded
 * purchase's contract from draft to signed, published and filed with the finance bureau. Variable types are as the engine
 * holds them: ids are Long, lists are JSON arrays, dates are Date.
 */
public final class ContractProcess {

  public static final String KEY = "Contract";

  // ---- activities ----
  public static final String START = "StartEvent_ContractStarted";
  public static final String TASK_PREPARE_DRAFT = "Task_PrepareContractDraft";
  public static final String TASK_DRAFT_CONTRACT = "Task_DraftContract";
  public static final String TASK_REGISTER_DRAFT = "Task_RegisterContractDraft";
  public static final String SUB_SIGNING = "Sub_Signing";
  public static final String TASK_SIGN_CONTRACT = "Task_SignContract";
  public static final String EVENT_SUPPLIER_SIGNED = "Event_SupplierSigned";
  public static final String EVENT_SIGNING_OVERDUE = "Event_SigningOverdue";
  public static final String TASK_SUPERVISE_OVERDUE_SIGNING = "Task_SuperviseOverdueSigning";
  public static final String TASK_RECORD_SIGNING_SUPERVISION = "Task_RecordSigningSupervision";
  public static final String TASK_SUPERVISE_OVERDUE_PUBLICATION = "Task_SuperviseOverduePublication";
  public static final String SUB_FILING = "Sub_Filing";
  public static final String TASK_PUBLISH_CONTRACT = "Task_PublishContract";
  public static final String EVENT_PUBLICATION_OVERDUE = "Event_ContractPublicationOverdue";
  public static final String TASK_SUBMIT_FILING = "Task_SubmitFiling";
  public static final String TASK_ACCEPT_FILING = "Task_AcceptFiling";
  public static final String EVENT_FILING_OVERDUE = "Event_FilingOverdue";
  public static final String TASK_SUPERVISE_OVERDUE_FILING = "Task_SuperviseOverdueFiling";
  public static final String GATEWAY_FILING_DECISION = "Gateway_FilingDecision";
  public static final String TASK_CORRECT_FILING = "Task_CorrectFiling";
  public static final String TASK_RECORD_FILING = "Task_RecordFiling";
  public static final String TASK_PLAN_PAYMENTS = "Task_PlanPayments";
  public static final String TASK_CONFIRM_FUNDS = "Task_ConfirmFunds";
  public static final String TASK_RECORD_FUNDS = "Task_RecordFundsConfirmation";
  public static final String SUB_INSTALMENT = "Sub_Instalment";
  public static final String EVENT_INSTALMENT_REQUESTED = "Event_InstalmentRequested";
  public static final String TASK_APPROVE_INSTALMENT = "Task_ApproveInstalment";
  public static final String TASK_REVIEW_INSTALMENT = "Task_ReviewInstalment";
  public static final String TASK_RECORD_INSTALMENT_DECISION = "Task_RecordInstalmentDecision";
  public static final String TASK_PAY_INSTALMENT = "Task_PayInstalment";
  /** per instalment: a timer at the end of its due date, set again when an amendment moved the date */
  public static final String EVENT_INSTALMENT_DUE = "Event_InstalmentDue";
  public static final String TASK_SUPERVISE_OVERDUE_INSTALMENT = "Task_SuperviseOverdueInstalment";
  public static final String TASK_RECORD_INSTALMENT_SUPERVISION = "Task_RecordInstalmentSupervision";
  public static final String END_PAID = "EndEvent_ContractPaid";

  // ---- topics ----
  public static final String TOPIC_PREPARE_DRAFT = "contract.prepareDraft";
  public static final String TOPIC_REGISTER_DRAFT = "contract.registerDraft";
  public static final String TOPIC_PUBLISH = "contract.publish";
  public static final String TOPIC_SUBMIT_FILING = "contract.submitFiling";
  public static final String TOPIC_RECORD_FILING = "contract.recordFiling";
  public static final String TOPIC_PLAN_PAYMENTS = "contract.planPayments";
  public static final String TOPIC_CONFIRM_FUNDS = "contract.confirmFunds";
  public static final String TOPIC_RECORD_INSTALMENT_DECISION = "contract.recordInstalmentDecision";
  public static final String TOPIC_PAY_INSTALMENT = "contract.payInstalment";

  // ---- messages (correlated by the supplier API) ----
  /** the supplier signed; correlated on the process variable contractId */
  public static final String MESSAGE_SUPPLIER_SIGNED = "ContractSignedBySupplier";
  /**
   * the supplier requested an instalment: each waiting instalment subscribes under its own name,
   * {@link #instalmentRequested(long)}, so the API correlates by name alone
   */
  public static final String MESSAGE_INSTALMENT_REQUESTED = "InstalmentRequested";

  // ---- BPMN errors ----
  /** registerDraft found terms missing or wrong; message in {@link #VAR_DRAFT_REFUSAL} */
  public static final String ERROR_CONTRACT_INCOMPLETE = "Error_ContractIncomplete";

  // ---- in from Procurement ----
  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_PLAN_NO = "planNo";
  public static final String VAR_PROCUREMENT_NO = "procurementNo";
  public static final String VAR_AWARD_ID = "awardId";

  // ---- set by contract.prepareDraft ----
  public static final String VAR_CONTRACT_ID = "contractId";
  /** Date: 30 days after the award notice [law] */
  public static final String VAR_SIGN_DEADLINE = "signDeadline";
  /** display text: parties, amount, term, payment route */
  public static final String VAR_CONTRACT_SUMMARY = "contractSummary";
  /** {@link org.govpurchase.plan.FundingSource} name: AGENCY_BUDGET, FINANCE_DIRECT or MAJOR_PROJECT_CONFIRMED */
  public static final String VAR_FUNDING_SOURCE = "fundingSource";

  // ---- Task_DraftContract form (up to four instalments, no dynamic list) ----
  public static final String VAR_SCOPE_AND_CONTENT = "scopeAndContent";
  public static final String VAR_SERVICE_REQUIREMENTS = "serviceRequirements";
  public static final String VAR_BREACH_LIABILITY = "breachLiability";
  /**
   * The instalment schedule: instalment1Amount (yuan) and instalment1DueDate (yyyy-MM-dd) up to
   * instalment4...; the unused ones empty. The amounts add up to the contract amount.
   */
  public static final String VAR_INSTALMENT_PREFIX = "instalment";
  public static final int MAX_INSTALMENTS = 4;
  public static final String VAR_DRAFT_REFUSAL = "draftRefusal";

  // ---- signing ----
  public static final String VAR_AGENCY_SIGNATORY = "agencySignatory";
  /** Boolean: the agency officer signs */
  public static final String VAR_AGENCY_SIGNED = "agencySigned";
  /** Date: when both had signed (set by the process at the join) */
  public static final String VAR_SIGNED_AT = "signedAt";

  // ---- filing ----
  /** ACCEPT or RETURN */
  public static final String VAR_FILING_DECISION = "filingDecision";
  public static final String VAR_FILING_RETURN_REASON = "filingReturnReason";
  public static final String VAR_FILING_REVIEWER = "filingReviewer";
  /** the filing receipt number issued on acceptance */
  public static final String VAR_FILING_RECEIPT_NO = "filingReceiptNo";
  public static final String VAR_FILING_CORRECTION = "filingCorrection";

  // ---- payment (set by contract.planPayments) ----
  /** JSON array of Long: the contract's instalments in due-date order */
  public static final String VAR_INSTALMENT_IDS = "instalmentIds";
  /**
   * AGENCY_BUDGET (the agency pays from its own budget) or FINANCE_DIRECT (the finance bureau
   * reviews and pays directly); for a major project (MAJOR_PROJECT_CONFIRMED) the finance bureau
   * chooses it when it confirms the funds
   */
  public static final String VAR_PAYMENT_ROUTE = "paymentRoute";

  // ---- Task_ConfirmFunds form (major projects, before work starts) ----
  public static final String VAR_FUNDS_NOTE = "fundsNote";
  public static final String VAR_FUNDS_CONFIRMED_BY = "fundsConfirmedBy";

  // ---- per instalment (local to Sub_Instalment; element variable instalmentId) ----
  public static final String VAR_INSTALMENT_ID = "instalmentId";
  /** display text: number, amount, due date and the supplier's request */
  public static final String VAR_INSTALMENT_SUMMARY = "instalmentSummary";
  /** APPROVE or RETURN */
  public static final String VAR_INSTALMENT_DECISION = "instalmentDecision";
  public static final String VAR_INSTALMENT_RETURN_REASON = "instalmentReturnReason";
  public static final String VAR_INSTALMENT_APPROVER = "instalmentApprover";

  public static final String VAR_SUPERVISION_SUBJECT = "supervisionSubject";

  /** the message name one instalment waits for (the BPMN's {@code InstalmentRequested-${instalmentId}}) */
  public static String instalmentRequested(long instalmentId) {
    return MESSAGE_INSTALMENT_REQUESTED + "-" + instalmentId;
  }

  private ContractProcess() {
  }
}

package org.govpurchase.contract;

/**
 * The ids of processes/contract.bpmn, its topics, messages, errors and variables: an awarded
 * purchase's contract from draft to signed, published and filed with the finance bureau, then paid
 * instalment by instalment in InstalmentPayment (payment.InstalmentPaymentProcess). Variable types are as the engine
 * holds them: ids are Long, lists are JSON arrays, dates are Date.
 */
public final class ContractProcess {

  public static final String KEY = "Contract";

  // ---- activities ----
  public static final String START = "StartEvent_ContractStarted";
  public static final String TASK_PREPARE_DRAFT = "Task_PrepareContractDraft";
  public static final String TASK_DRAFT_CONTRACT = "Task_DraftContract";
  public static final String TASK_REGISTER_DRAFT = "Task_RegisterContractDraft";
  public static final String EVENT_DRAFTING_OVERDUE = "Event_DraftingOverdue";
  public static final String CALL_SUPERVISE_DRAFTING = "Call_SuperviseDrafting";
  public static final String GATEWAY_SIGN_FORK = "Gateway_SignFork";
  public static final String TASK_SIGN_CONTRACT = "Task_SignContract";
  public static final String EVENT_SIGNING_OVERDUE = "Event_SigningOverdue";
  public static final String CALL_SUPERVISE_SIGNING = "Call_SuperviseSigning";
  /** the supplier's signature arrives here by message from the API */
  public static final String TASK_AWAIT_SUPPLIER_SIGNATURE = "Task_AwaitSupplierSignature";
  public static final String EVENT_SUPPLIER_SIGNING_OVERDUE = "Event_SupplierSigningOverdue";
  public static final String CALL_SUPERVISE_SUPPLIER_SIGNING = "Call_SuperviseSupplierSigning";
  public static final String GATEWAY_SIGN_JOIN = "Gateway_SignJoin";
  public static final String TASK_PUBLISH_CONTRACT = "Task_PublishContract";
  public static final String EVENT_PUBLICATION_OVERDUE = "Event_PublicationOverdue";
  public static final String CALL_SUPERVISE_PUBLICATION = "Call_SupervisePublication";
  public static final String TASK_SUBMIT_FILING = "Task_SubmitFiling";
  public static final String TASK_ACCEPT_FILING = "Task_AcceptFiling";
  public static final String EVENT_FILING_OVERDUE = "Event_FilingOverdue";
  public static final String CALL_SUPERVISE_FILING = "Call_SuperviseFiling";
  public static final String GATEWAY_FILING_DECISION = "Gateway_FilingDecision";
  public static final String TASK_CORRECT_FILING = "Task_CorrectFiling";
  public static final String EVENT_FILING_CORRECTION_OVERDUE = "Event_FilingCorrectionOverdue";
  public static final String CALL_SUPERVISE_FILING_CORRECTION = "Call_SuperviseFilingCorrection";
  public static final String TASK_RECORD_FILING = "Task_RecordFiling";
  /** payment.planPayments (payment's step, once per contract) */
  public static final String TASK_PLAN_PAYMENTS = "Task_PlanPayments";
  /** the finance bureau confirms a major project's funds once per contract, before any instalment */
  public static final String TASK_CONFIRM_FUNDS = "Task_ConfirmFunds";
  public static final String EVENT_FUNDS_CONFIRMATION_OVERDUE = "Event_FundsConfirmationOverdue";
  public static final String CALL_SUPERVISE_FUNDS_CONFIRMATION = "Call_SuperviseFundsConfirmation";
  public static final String TASK_RECORD_FUNDS = "Task_RecordFundsConfirmation";
  /** one InstalmentPayment instance per instalment (multi-instance over {@link #VAR_INSTALMENT_IDS}) */
  public static final String CALL_INSTALMENT_PAYMENT = "Call_InstalmentPayment";
  /** the instalments and the acceptance run side by side; the contract ends when both are done */
  public static final String GATEWAY_DELIVERY_FORK = "Gateway_DeliveryFork";
  /** the final acceptance (Acceptance, acceptance.AcceptanceProcess) at the end of the term */
  public static final String CALL_ACCEPTANCE = "Call_Acceptance";
  public static final String GATEWAY_DELIVERY_JOIN = "Gateway_DeliveryJoin";
  public static final String END_PAID = "EndEvent_ContractPaid";

  /** the called escalation process (processes/supervision.bpmn) */
  public static final String SUPERVISION = "Supervision";

  // ---- topics ----
  public static final String TOPIC_PREPARE_DRAFT = "contract.prepareDraft";
  public static final String TOPIC_REGISTER_DRAFT = "contract.registerDraft";
  public static final String TOPIC_PUBLISH = "contract.publish";
  public static final String TOPIC_SUBMIT_FILING = "contract.submitFiling";
  public static final String TOPIC_RECORD_FILING = "contract.recordFiling";

  // ---- messages (correlated by the supplier API) ----
  /** the supplier signed; correlated on the process variable contractId */
  public static final String MESSAGE_SUPPLIER_SIGNED = "ContractSignedBySupplier";

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
  /** Date: when both had signed (set by the process when it leaves Gateway_SignJoin) */
  public static final String VAR_SIGNED_AT = "signedAt";

  // ---- filing ----
  /** ACCEPT or RETURN */
  public static final String VAR_FILING_DECISION = "filingDecision";
  public static final String VAR_FILING_RETURN_REASON = "filingReturnReason";
  public static final String VAR_FILING_REVIEWER = "filingReviewer";
  /** the filing receipt number issued on acceptance */
  public static final String VAR_FILING_RECEIPT_NO = "filingReceiptNo";
  public static final String VAR_FILING_CORRECTION = "filingCorrection";

  // ---- payment (set by payment.planPayments) ----
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

  /** the element variable of {@link #CALL_INSTALMENT_PAYMENT}, handed to each instance */
  public static final String VAR_INSTALMENT_ID = "instalmentId";

  // ---- in to Supervision ----
  public static final String VAR_OVERDUE_ACTIVITY = "overdueActivity";
  public static final String VAR_SUPERVISION_SUBJECT = "supervisionSubject";

  private ContractProcess() {
  }
}

package org.govpurchase.acceptance;

import org.govpurchase.contract.ContractProcess;

/**
 * The ids of processes/acceptance.bpmn, its topics, signal and variables: the final acceptance
 * (验收) of one contract, called by Contract once the contract is filed. It waits for the end of
 * the term, the agency accepts against each service standard, a failed acceptance gives the
 * supplier a rectification period and a new acceptance round; a passed one is recorded, published
 * and releases the instalment paid after acceptance.
 */
public final class AcceptanceProcess {

  public static final String KEY = "Acceptance";

  // ---- activities ----
  public static final String START = "StartEvent_AcceptanceStarted";
  /** a timer at the end of the contract's term (its last day, Beijing time) */
  public static final String EVENT_TERM_ENDED = "Event_TermEnded";
  public static final String TASK_PREPARE_ACCEPTANCE = "Task_PrepareAcceptance";
  public static final String TASK_ORGANIZE_ACCEPTANCE = "Task_OrganizeAcceptance";
  public static final String EVENT_ACCEPTANCE_OVERDUE = "Event_AcceptanceOverdue";
  public static final String CALL_SUPERVISE_ACCEPTANCE = "Call_SuperviseAcceptance";
  public static final String TASK_RECORD_ACCEPTANCE = "Task_RecordAcceptance";
  public static final String GATEWAY_ACCEPTANCE_PASSED = "Gateway_AcceptancePassed";
  /** the supplier's rectification period after a failed acceptance, then a new round */
  public static final String EVENT_RECTIFICATION_DUE = "Event_RectificationDue";
  public static final String EVENT_RELEASE_AFTER_ACCEPTANCE = "Event_ReleaseAfterAcceptance";
  public static final String END_PASSED = "EndEvent_AcceptancePassed";

  // ---- topics ----
  public static final String TOPIC_PREPARE = "acceptance.prepare";
  public static final String TOPIC_RECORD_REPORT = "acceptance.recordReport";

  // ---- signal (caught by the InstalmentPayment instance of an instalment paid after acceptance) ----
  /** thrown as AcceptancePassed-{contractId} */
  public static final String SIGNAL_ACCEPTANCE_PASSED = "AcceptancePassed";

  // ---- in from Contract ----
  public static final String VAR_CONTRACT_ID = ContractProcess.VAR_CONTRACT_ID;
  public static final String VAR_PROCUREMENT_NO = ContractProcess.VAR_PROCUREMENT_NO;

  // ---- set by acceptance.prepare ----
  /** 1, 2, ...: the acceptance round (a new one after each rectification) */
  public static final String VAR_ROUND = "acceptanceRound";
  /** display text: the contract, its term and the round */
  public static final String VAR_SUMMARY = "acceptanceSummary";

  // ---- the form 组织验收 ----
  /** JSON list, one item per service standard: standard (prefilled), verdict PASSED|FAILED, note */
  public static final String VAR_STANDARD_VERDICTS = "standardVerdicts";
  public static final String VAR_PUBLIC_SERVICE = "publicService";
  public static final String VAR_PEOPLE_SERVED_TOOK_PART = "peopleServedTookPart";
  public static final String VAR_PEOPLE_SERVED_OPINIONS = "peopleServedOpinions";
  /** PASSED or FAILED */
  public static final String VAR_ACCEPTANCE_RESULT = "acceptanceResult";
  public static final String VAR_ACCEPTANCE_REPORT = "acceptanceReport";
  /** the officer who completed the task (recorded, never published) */
  public static final String VAR_ACCEPTANCE_OFFICER = "acceptanceOfficer";

  // ---- set by acceptance.recordReport ----
  /** Date: the end of the rectification period after a failed round */
  public static final String VAR_RECTIFICATION_DEADLINE = "rectificationDeadline";

  public static final String PASSED = "PASSED";
  public static final String FAILED = "FAILED";

  private AcceptanceProcess() {
  }
}

package org.govpurchase.plan;

/** The ids of processes/purchase-plan.bpmn, its topics, errors and variables. */
public final class PurchasePlanProcess {

  public static final String KEY = "PurchasePlan";

  public static final String START = "StartEvent_PlanRequested";
  public static final String TASK_PREPARE_DRAFT = "Task_PrepareDraft";
  public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
  public static final String TASK_REGISTER_DRAFT = "Task_RegisterDraft";
  public static final String TASK_REVIEW_PLAN = "Task_ReviewPlan";
  public static final String TASK_PUBLISH_PLAN = "Task_PublishPlan";
  public static final String TASK_CHOOSE_PROCUREMENT_METHOD = "Task_ChooseProcurementMethod";
  public static final String DECISION_PROCUREMENT_METHOD = "ProcurementMethod";
  public static final String TASK_REJECT_PLAN = "Task_RejectPlan";
  /** call activities of the Supervision process when drafting or review is overdue */
  public static final String CALL_SUPERVISE_DRAFT = "Call_SuperviseDraft";
  public static final String CALL_SUPERVISE_REVIEW = "Call_SuperviseReview";
  public static final String EVENT_DRAFT_OVERDUE = "Event_DraftOverdue";
  public static final String EVENT_REVIEW_OVERDUE = "Event_ReviewOverdue";
  public static final String EVENT_PLAN_REFUSED = "Event_PlanRefused";
  public static final String GATEWAY_DRAFT_AGAIN = "Gateway_DraftAgain";
  public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
  public static final String END_APPROVED = "EndEvent_PlanApproved";
  public static final String END_REJECTED = "EndEvent_PlanRejected";
  public static final String END_DRAFT_SUPERVISED = "EndEvent_DraftSupervised";
  public static final String END_REVIEW_SUPERVISED = "EndEvent_ReviewSupervised";

  public static final String TOPIC_PREPARE_DRAFT = "plan.prepareDraft";
  public static final String TOPIC_REGISTER_DRAFT = "plan.registerDraft";
  public static final String TOPIC_PUBLISH = "plan.publish";
  public static final String TOPIC_REJECT = "plan.reject";

  /** the plan may not be registered: item not in the year's active catalog, agency not covered, bad fields */
  public static final String ERROR_PLAN_REFUSED = "Error_PlanRefused";

  // ---- set at the start ----
  public static final String VAR_YEAR = "planYear";
  /** the starting user (camunda:initiator) */
  public static final String VAR_INITIATOR = "planInitiator";

  // ---- set by plan.prepareDraft ----
  /** Json {@code [{"label":"社区居家养老服务","value":"17"}]}: the active catalog's items for the agency */
  public static final String VAR_CATALOG_ITEM_OPTIONS = "catalogItemOptions";
  public static final String VAR_AGENCY_CODE = "agencyCode";
  public static final String VAR_AGENCY_NAME = "agencyName";

  // ---- the draft form's working copy of the plan ----
  /** the chosen catalog item's id, as text (a form-js select value) */
  public static final String VAR_CATALOG_ITEM_ID = "catalogItemId";
  public static final String VAR_SERVICE_NAME = "serviceName";
  public static final String VAR_SERVICE_STANDARD = "serviceStandard";
  /** yuan, positive, at most 2 decimals */
  public static final String VAR_BUDGET = "budget";
  /** ISO date yyyy-MM-dd */
  public static final String VAR_TERM_START = "termStart";
  public static final String VAR_TERM_END = "termEnd";
  /** {@link EvaluationMethod} code */
  public static final String VAR_EVALUATION_METHOD = "evaluationMethod";
  public static final String VAR_REQUIREMENTS = "requirements";
  /** {@link FundingSource} code: one of the three payment routes */
  public static final String VAR_FUNDING_SOURCE = "fundingSource";
  public static final String VAR_MAJOR_PROJECT = "majorProject";
  public static final String VAR_WITHIN_GOVERNMENT_PROCUREMENT = "withinGovernmentProcurement";
  /** who completed the draft (currentUser()); the plan's agency is this user's */
  public static final String VAR_DRAFTER = "planDrafter";

  // ---- set by plan.registerDraft ----
  public static final String VAR_PLAN_ID = "planId";
  /** readable number, e.g. SZ-2026-0042; also the instance's business key when it had none */
  public static final String VAR_PLAN_NO = "planNo";
  /** why the draft was refused; null after a successful registration */
  public static final String VAR_REFUSAL = "planRefusal";

  // ---- the review form ----
  public static final String VAR_DECISION = "reviewDecision";
  public static final String VAR_RETURN_REASON = "returnReason";
  public static final String VAR_REJECTION_REASON = "rejectionReason";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";
  public static final String VAR_REVIEWER = "planReviewer";
  /** outputs of the decision ProcurementMethod (Task_ChooseProcurementMethod) */
  public static final String VAR_PROCUREMENT_METHOD = "procurementMethod";
  public static final String VAR_RUN_BY_PROCUREMENT_AGENCY = "runByProcurementAgency";

  public static final String DECISION_APPROVE = "APPROVE";
  public static final String DECISION_RETURN = "RETURN";
  public static final String DECISION_REJECT = "REJECT";

  private PurchasePlanProcess() {
  }
}

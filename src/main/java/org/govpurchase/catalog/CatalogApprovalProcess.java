package org.govpurchase.catalog;

/** The ids of processes/catalog-approval.bpmn, its topics, errors and variables. */
public final class CatalogApprovalProcess {

  public static final String KEY = "CatalogApproval";

  public static final String START = "StartEvent_CatalogRequested";
  public static final String TASK_PREPARE_DRAFT = "Task_PrepareDraft";
  public static final String TASK_DRAFT_CATALOG = "Task_DraftCatalog";
  public static final String TASK_REGISTER_DRAFT = "Task_RegisterDraft";
  public static final String TASK_CHECK_SCOPE = "Task_CheckScope";
  public static final String TASK_APPROVE_CATALOG = "Task_ApproveCatalog";
  public static final String TASK_PUBLISH_CATALOG = "Task_PublishCatalog";
  /** call activities of the Supervision process when drafting or approval is overdue */
  public static final String CALL_SUPERVISE_DRAFT = "Call_SuperviseDraft";
  public static final String CALL_SUPERVISE_APPROVAL = "Call_SuperviseApproval";
  public static final String EVENT_DRAFT_OVERDUE = "Event_DraftOverdue";
  public static final String EVENT_APPROVAL_OVERDUE = "Event_ApprovalOverdue";
  public static final String EVENT_OUT_OF_SCOPE = "Event_OutOfScope";
  public static final String GATEWAY_APPROVAL_DECISION = "Gateway_ApprovalDecision";
  public static final String END_PUBLISHED = "EndEvent_CatalogPublished";
  public static final String END_DRAFT_SUPERVISED = "EndEvent_DraftSupervised";
  public static final String END_APPROVAL_SUPERVISED = "EndEvent_ApprovalSupervised";

  public static final String TOPIC_PREPARE_DRAFT = "catalog.prepareDraft";
  public static final String TOPIC_REGISTER_DRAFT = "catalog.registerDraft";
  public static final String TOPIC_CHECK_SCOPE = "catalog.checkScope";
  public static final String TOPIC_PUBLISH = "catalog.publish";

  public static final String ERROR_OUT_OF_SCOPE = "Error_OutOfScope";

  /** Variables: ids, enums and the form's working copy of the draft; the domain holds the rest. */
  public static final String VAR_YEAR = "catalogYear";
  public static final String VAR_TITLE = "catalogTitle";
  public static final String VAR_ITEMS = "catalogItems";
  public static final String VAR_AGENCY_OPTIONS = "agencyOptions";
  /** the registered items with labels and agency names, for the approval form's table */
  public static final String VAR_REVIEW_ITEMS = "catalogReviewItems";
  public static final String VAR_VERSION_ID = "catalogVersionId";
  public static final String VAR_VERSION_NO = "catalogVersionNo";
  public static final String VAR_BASE_VERSION_NO = "baseVersionNo";
  public static final String VAR_DRAFTER = "catalogDrafter";
  public static final String VAR_APPROVER = "catalogApprover";
  public static final String VAR_DECISION = "approvalDecision";
  public static final String VAR_RETURN_REASON = "returnReason";
  public static final String VAR_APPROVAL_COMMENT = "approvalComment";
  public static final String VAR_SCOPE_REJECTION = "scopeRejection";

  public static final String DECISION_APPROVE = "APPROVE";
  public static final String DECISION_RETURN = "RETURN";

  private CatalogApprovalProcess() {
  }
}

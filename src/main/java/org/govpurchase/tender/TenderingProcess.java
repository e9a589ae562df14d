package org.govpurchase.tender;

/**
 * The ids of processes/tendering.bpmn, its topics, messages, errors and variables. Variable types
 * are as the engine holds them: ids are Long, lists are JSON arrays (Spin), dates are Date. The
 * evaluation and the award are called processes with their own constants
 * ({@code evaluation.EvaluationProcess}, {@code award.AwardProcess}).
 *
 * <p>One writer per supplier action: a bid (submitted, replaced, withdrawn) and a clarification
 * question are written by the API (TenderService) and correlated in the same transaction
 * (TenderingMessages); the process only holds their ids and never writes them again. The buyer's
 * answer to a question is written once, by {@link #TOPIC_ANSWER_CLARIFICATION}.
 */
public final class TenderingProcess {

  public static final String KEY = "Tendering";

  // ---- activities ----
  public static final String START = "StartEvent_TenderingStarted";
  /** joins the first round, a changed method and a revoked award */
  public static final String GATEWAY_METHOD_AGAIN = "Gateway_MethodAgain";
  public static final String GATEWAY_METHOD = "Gateway_Method";
  public static final String TASK_PREPARE_TENDER = "Task_PrepareTender";
  public static final String TASK_DRAW_INVITATIONS = "Task_DrawInvitations";
  public static final String TASK_ANNOUNCE_TENDER = "Task_AnnounceTender";
  public static final String SUB_BID_WINDOW = "Sub_BidWindow";
  public static final String EVENT_BID_DEADLINE = "Event_BidDeadline";
  public static final String TASK_CLOSE_TENDER = "Task_CloseTender";
  public static final String EVENT_BID_RECEIVED = "Event_BidReceived";
  public static final String EVENT_CLARIFICATION_ASKED = "Event_ClarificationAsked";
  public static final String TASK_ANSWER_CLARIFICATION = "Task_AnswerClarification";
  public static final String TASK_PUBLISH_CLARIFICATION = "Task_PublishClarification";
  public static final String SUB_QUALIFICATION_REVIEW = "Sub_QualificationReview";
  public static final String TASK_CHECK_QUALIFICATION = "Task_CheckQualification";
  public static final String TASK_CONFIRM_QUALIFICATION = "Task_ConfirmQualification";
  public static final String TASK_RECORD_QUALIFICATION = "Task_RecordQualification";
  public static final String TASK_CONCLUDE_QUALIFICATION = "Task_ConcludeQualification";
  public static final String TASK_HANDLE_FAILED_TENDER = "Task_HandleFailedTender";
  public static final String TASK_APPROVE_METHOD_CHANGE = "Task_ApproveMethodChange";
  public static final String TASK_CHANGE_METHOD = "Task_ChangeMethod";
  public static final String EVENT_FAILED_TENDER_OVERDUE = "Event_FailedTenderOverdue";
  public static final String CALL_SUPERVISE_FAILED_TENDER = "Call_SuperviseFailedTender";
  public static final String EVENT_METHOD_CHANGE_OVERDUE = "Event_MethodChangeOverdue";
  public static final String CALL_SUPERVISE_METHOD_CHANGE = "Call_SuperviseMethodChange";
  /** calls Evaluation (committee, scoring, report) when enough bids qualified */
  public static final String CALL_EVALUATION = "Call_Evaluation";
  /** calls Award for every method (direct purchase, single source, the report's first place) */
  public static final String CALL_AWARD = "Call_Award";
  public static final String GATEWAY_AWARD_OUTCOME = "Gateway_AwardOutcome";
  public static final String END_AWARDED = "EndEvent_Awarded";

  // ---- topics ----
  public static final String TOPIC_DRAW_INVITATIONS = "tender.drawInvitations";
  public static final String TOPIC_ANNOUNCE = "tender.announce";
  public static final String TOPIC_CLOSE = "tender.close";
  public static final String TOPIC_ANSWER_CLARIFICATION = "tender.answerClarification";
  public static final String TOPIC_CHECK_QUALIFICATION = "tender.checkQualification";
  public static final String TOPIC_RECORD_QUALIFICATION = "tender.recordQualification";
  public static final String TOPIC_CONCLUDE_QUALIFICATION = "tender.concludeQualification";
  public static final String TOPIC_CHANGE_METHOD = "tender.changeMethod";

  // ---- messages (correlated by the supplier API on the process variable tenderId, with local variables) ----
  /** a bid was submitted, replaced or withdrawn; local variables bidId, bidAction */
  public static final String MESSAGE_BID_SUBMITTED = "BidSubmitted";
  /** a supplier asked a question; local variable clarificationId */
  public static final String MESSAGE_CLARIFICATION_ASKED = "ClarificationAsked";

  // ---- BPMN errors ----
  /** announce/drawInvitations refused the buyer's input; message in {@link #VAR_ANNOUNCEMENT_REFUSAL} */
  public static final String ERROR_ANNOUNCEMENT_REFUSED = "Error_AnnouncementRefused";
  /** the tender stopped taking answers (closed) before the answer was published */
  public static final String ERROR_CLARIFICATION_CLOSED = "Error_ClarificationClosed";

  // ---- variables in from Procurement ----
  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_PLAN_NO = "planNo";
  /** {@link org.govpurchase.plan.ProcurementMethod} name; changed by tender.changeMethod */
  public static final String VAR_PROCUREMENT_METHOD = "procurementMethod";
  public static final String VAR_RUN_BY_PROCUREMENT_AGENCY = "runByProcurementAgency";

  // ---- set by the process itself ----
  /** the candidate group of the buyer's tasks: procurement-agency when it runs the tender, else the agency's officers (agency-SZFT-MZJ) */
  public static final String VAR_BUYER_GROUP = "buyerGroup";
  /** 1, then +1 for every re-tender or change of method (Integer) */
  public static final String VAR_TENDER_ROUND = "tenderRound";

  // ---- Task_PrepareTender form ----
  public static final String VAR_TENDER_TITLE = "tenderTitle";
  /** yyyy-MM-dd, Beijing date */
  public static final String VAR_DOCUMENTS_ISSUED_ON = "documentsIssuedOn";
  /** yyyy-MM-dd, Beijing date */
  public static final String VAR_BID_DEADLINE_DATE = "bidDeadlineDate";
  /** HH:mm, Beijing time */
  public static final String VAR_BID_DEADLINE_TIME = "bidDeadlineTime";
  /** JSON array of {@link org.govpurchase.evaluation.Specialty} names */
  public static final String VAR_COMMITTEE_SPECIALTIES = "committeeSpecialties";
  /** invited tender: how many suppliers to draw (>= 3) */
  public static final String VAR_INVITED_COUNT = "invitedCount";
  /** why announce or drawInvitations refused the input; shown on the prepare form, null when fine */
  public static final String VAR_ANNOUNCEMENT_REFUSAL = "announcementRefusal";
  /** who completed the prepare form */
  public static final String VAR_TENDER_PREPARER = "tenderPreparer";

  // ---- set by tender.announce / tender.close ----
  /** e.g. SZ-2026-0042 in round 1, SZ-2026-0042-2 in round 2 */
  public static final String VAR_PROCUREMENT_NO = "procurementNo";
  public static final String VAR_TENDER_ID = "tenderId";
  /** Date: the timer waits for it; close moves it when a clarification moved the deadline */
  public static final String VAR_BID_DEADLINE = "bidDeadline";
  /** Boolean: false when the deadline moved and the timer must wait again */
  public static final String VAR_TENDER_CLOSED = "tenderClosed";
  /** JSON array of Long: the submitted bids at closing */
  public static final String VAR_BID_IDS = "bidIds";

  // ---- clarification event subprocess (local) ----
  public static final String VAR_CLARIFICATION_ID = "clarificationId";
  public static final String VAR_CLARIFICATION_QUESTION = "clarificationQuestion";
  public static final String VAR_CLARIFICATION_ANSWER = "clarificationAnswer";
  public static final String VAR_CLARIFICATION_ANSWERED_BY = "clarificationAnsweredBy";

  // ---- bid event subprocess (local) ----
  public static final String VAR_BID_ID = "bidId";
  /** SUBMITTED, REPLACED or WITHDRAWN */
  public static final String VAR_BID_ACTION = "bidAction";

  // ---- qualification review (per bid, local to Sub_QualificationReview; element variable bidId) ----
  /** display text: supplier, credit code, price */
  public static final String VAR_BID_SUMMARY = "bidSummary";
  /** Boolean: the seven conditions all hold, as the worker found */
  public static final String VAR_AUTO_QUALIFIED = "autoQualified";
  /** the unmet conditions, one per line; empty when qualified */
  public static final String VAR_UNMET_REASONS = "unmetReasons";
  /** CONFIRM or OVERRIDE */
  public static final String VAR_QUALIFICATION_DECISION = "qualificationDecision";
  public static final String VAR_OVERRIDE_REASON = "overrideReason";
  public static final String VAR_QUALIFICATION_REVIEWER = "qualificationReviewer";

  // ---- set by tender.concludeQualification ----
  /** JSON array of Long, in bid id order */
  public static final String VAR_QUALIFIED_BID_IDS = "qualifiedBidIds";
  public static final String VAR_QUALIFIED_COUNT = "qualifiedCount";
  public static final String VAR_MINIMUM_QUALIFIED = "minimumQualified";
  /** Boolean: fewer qualified bids than the method needs; the tender is FAILED */
  public static final String VAR_TENDER_FAILED = "tenderFailed";

  // ---- failed tender ----
  /** RETENDER or CHANGE_METHOD */
  public static final String VAR_FAILED_TENDER_CHOICE = "failedTenderChoice";
  public static final String VAR_NEW_PROCUREMENT_METHOD = "newProcurementMethod";
  public static final String VAR_METHOD_CHANGE_REASON = "methodChangeReason";
  /** APPROVE or REFUSE */
  public static final String VAR_METHOD_CHANGE_DECISION = "methodChangeDecision";
  public static final String VAR_METHOD_CHANGE_COMMENT = "methodChangeComment";
  public static final String VAR_METHOD_CHANGE_APPROVER = "methodChangeApprover";

  // ---- out of the called processes ----
  /** from Evaluation, passed to Award: the report's first place for the confirmation form */
  public static final String VAR_AWARD_SUMMARY = "awardSummary";
  /** from Award, passed on to Procurement */
  public static final String VAR_AWARD_ID = "awardId";
  /** from Award: AWARDED ends Tendering, RETENDER starts a new round (tenderRound + 1) */
  public static final String VAR_AWARD_OUTCOME = "awardOutcome";

  private TenderingProcess() {
  }
}

package org.govpurchase.tender;

/**
 * The ids of processes/tendering.bpmn, its topics, messages, errors and variables. Variable types
 * are as the engine holds them: ids are Long, lists are JSON arrays (Spin), dates are Date.
 */
public final class TenderingProcess {

  public static final String KEY = "Tendering";

  // ---- activities ----
  public static final String START = "StartEvent_TenderingStarted";
  public static final String GATEWAY_METHOD = "Gateway_Method";
  public static final String TASK_RECORD_DIRECT_PURCHASE = "Task_RecordDirectPurchase";
  public static final String TASK_REGISTER_DIRECT_PURCHASE = "Task_RegisterDirectPurchase";
  public static final String TASK_PREPARE_SINGLE_SOURCE = "Task_PrepareSingleSource";
  public static final String TASK_PUBLICIZE_SINGLE_SOURCE = "Task_PublicizeSingleSource";
  public static final String EVENT_PUBLICITY_OVER = "Event_PublicityOver";
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
  public static final String TASK_DRAW_COMMITTEE = "Task_DrawCommittee";
  public static final String SUB_COMMITTEE_ATTENDANCE = "Sub_CommitteeAttendance";
  public static final String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
  public static final String TASK_REPLACE_DECLINED_EXPERT = "Task_ReplaceDeclinedExpert";
  public static final String TASK_SEAT_COMMITTEE = "Task_SeatCommittee";
  public static final String SUB_SCORING = "Sub_Scoring";
  public static final String SUB_SCORE_BIDS = "Sub_ScoreBids";
  public static final String TASK_SCORE_BID = "Task_ScoreBid";
  public static final String TASK_RECORD_SCORE = "Task_RecordScore";
  public static final String TASK_WRITE_EVALUATION_REPORT = "Task_WriteEvaluationReport";
  public static final String TASK_CONFIRM_AWARD = "Task_ConfirmAward";
  public static final String EVENT_AWARD_CONFIRMATION_OVERDUE = "Event_AwardConfirmationOverdue";
  public static final String TASK_SUPERVISE_OVERDUE_CONFIRMATION = "Task_SuperviseOverdueConfirmation";
  public static final String TASK_RECORD_CONFIRMATION_SUPERVISION = "Task_RecordConfirmationSupervision";
  public static final String TASK_PUBLISH_AWARD = "Task_PublishAward";
  public static final String EVENT_AWARD_PUBLICATION_OVERDUE = "Event_AwardPublicationOverdue";
  public static final String TASK_SUPERVISE_OVERDUE_PUBLICATION = "Task_SuperviseOverduePublication";
  public static final String TASK_RECORD_PUBLICATION_SUPERVISION = "Task_RecordPublicationSupervision";
  public static final String SUB_CHALLENGE_PERIOD = "Sub_ChallengePeriod";
  public static final String EVENT_CHALLENGE_PERIOD_OVER = "Event_ChallengePeriodOver";
  public static final String EVENT_CHALLENGE_RAISED = "Event_ChallengeRaised";
  public static final String TASK_ANSWER_CHALLENGE = "Task_AnswerChallenge";
  public static final String EVENT_CHALLENGE_ANSWER_OVERDUE = "Event_ChallengeAnswerOverdue";
  public static final String TASK_SUPERVISE_OVERDUE_CHALLENGE = "Task_SuperviseOverdueChallenge";
  public static final String TASK_RECORD_CHALLENGE_SUPERVISION = "Task_RecordChallengeSupervision";
  public static final String TASK_RECORD_CHALLENGE_ANSWER = "Task_RecordChallengeAnswer";
  public static final String EVENT_CHALLENGE_UPHELD_NEXT_RANKED = "Event_ChallengeUpheldNextRanked";
  public static final String EVENT_CHALLENGE_UPHELD_RETENDER = "Event_ChallengeUpheldRetender";
  public static final String TASK_MOVE_AWARD_TO_NEXT_RANKED = "Task_MoveAwardToNextRanked";
  public static final String TASK_REVOKE_AWARD = "Task_RevokeAward";
  public static final String END_AWARDED = "EndEvent_Awarded";
  public static final String END_DIRECT_PURCHASE_AWARDED = "EndEvent_DirectPurchaseAwarded";

  // ---- topics ----
  public static final String TOPIC_DRAW_INVITATIONS = "tender.drawInvitations";
  public static final String TOPIC_ANNOUNCE = "tender.announce";
  public static final String TOPIC_CLOSE = "tender.close";
  public static final String TOPIC_ANSWER_CLARIFICATION = "tender.answerClarification";
  public static final String TOPIC_CHECK_QUALIFICATION = "tender.checkQualification";
  public static final String TOPIC_RECORD_QUALIFICATION = "tender.recordQualification";
  public static final String TOPIC_CONCLUDE_QUALIFICATION = "tender.concludeQualification";
  public static final String TOPIC_CHANGE_METHOD = "tender.changeMethod";
  public static final String TOPIC_DRAW_COMMITTEE = "evaluation.drawCommittee";
  public static final String TOPIC_REPLACE_DECLINED_EXPERT = "evaluation.replaceDeclinedExpert";
  public static final String TOPIC_SEAT_COMMITTEE = "evaluation.seatCommittee";
  public static final String TOPIC_RECORD_SCORE = "evaluation.recordScore";
  public static final String TOPIC_WRITE_REPORT = "evaluation.writeReport";
  public static final String TOPIC_RECORD_DIRECT_PURCHASE = "award.recordDirectPurchase";
  public static final String TOPIC_PUBLICIZE_SINGLE_SOURCE = "award.publicizeSingleSource";
  public static final String TOPIC_PUBLISH_AWARD = "award.publish";
  public static final String TOPIC_ANSWER_CHALLENGE = "award.answerChallenge";
  public static final String TOPIC_MOVE_TO_NEXT_RANKED = "award.moveToNextRanked";
  public static final String TOPIC_REVOKE_AWARD = "award.revoke";

  // ---- messages (correlated by the supplier API on the process variable tenderId, with local variables) ----
  /** a bid was submitted, replaced or withdrawn; local variables bidId, bidAction */
  public static final String MESSAGE_BID_SUBMITTED = "BidSubmitted";
  /** a supplier asked a question; local variable clarificationId */
  public static final String MESSAGE_CLARIFICATION_ASKED = "ClarificationAsked";
  /** a bidder challenged the award; local variable challengeId */
  public static final String MESSAGE_CHALLENGE_RAISED = "ChallengeRaised";

  // ---- BPMN errors ----
  /** announce/drawInvitations refused the buyer's input; message in {@link #VAR_ANNOUNCEMENT_REFUSAL} */
  public static final String ERROR_ANNOUNCEMENT_REFUSED = "Error_AnnouncementRefused";
  /** the tender stopped taking answers (closed) before the answer was published */
  public static final String ERROR_CLARIFICATION_CLOSED = "Error_ClarificationClosed";
  /** recordDirectPurchase/publicizeSingleSource refused the buyer's input; message in {@link #VAR_AWARD_REFUSAL} */
  public static final String ERROR_AWARD_REFUSED = "Error_AwardRefused";
  public static final String ERROR_CHALLENGE_UPHELD_NEXT_RANKED = "Error_ChallengeUpheldNextRanked";
  public static final String ERROR_CHALLENGE_UPHELD_RETENDER = "Error_ChallengeUpheldRetender";
  /** moveToNextRanked found no further qualified, ranked bid */
  public static final String ERROR_NO_NEXT_RANKED = "Error_NoNextRanked";

  // ---- variables in from Procurement ----
  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_PLAN_NO = "planNo";
  /** {@link org.govpurchase.plan.ProcurementMethod} name; changed by tender.changeMethod */
  public static final String VAR_PROCUREMENT_METHOD = "procurementMethod";
  public static final String VAR_RUN_BY_PROCUREMENT_AGENCY = "runByProcurementAgency";

  // ---- set by the process itself ----
  /** the candidate group of the buyer's tasks: procurement-agency when it runs the tender, else purchasing-agency */
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

  // ---- committee ----
  public static final String VAR_COMMITTEE_DRAW_ID = "committeeDrawId";
  /** JSON array of String: the drawn experts' user ids (element variable expertUserId) */
  public static final String VAR_COMMITTEE_USER_IDS = "committeeUserIds";
  public static final String VAR_EXPERT_USER_ID = "expertUserId";
  /** display text: the qualified bidders, for the expert's declaration of no conflict */
  public static final String VAR_BIDDER_NAMES = "bidderNames";
  /** ACCEPT or DECLINE */
  public static final String VAR_ATTENDANCE_DECISION = "attendanceDecision";
  public static final String VAR_DECLINE_REASON = "declineReason";
  /** JSON array of String: the serving experts after replacements (set by evaluation.seatCommittee) */
  public static final String VAR_SCORER_USER_IDS = "scorerUserIds";

  // ---- scoring (local to Sub_ScoreBids; element variables expertUserId, bidId) ----
  public static final String VAR_SCORE_PROPOSAL = "scoreProposal";
  public static final String VAR_SCORE_CAPACITY = "scoreCapacity";
  public static final String VAR_SCORE_PRICE = "scorePrice";
  public static final String VAR_SCORE_COMMENT = "scoreComment";

  // ---- award ----
  public static final String VAR_AWARD_ID = "awardId";
  /** display text for the confirmation form: the proposed supplier, price, rank and score */
  public static final String VAR_AWARD_SUMMARY = "awardSummary";
  /** Boolean: the buyer confirms the proposed supplier */
  public static final String VAR_AWARD_CONFIRMED = "awardConfirmed";
  public static final String VAR_AWARD_COMMENT = "awardComment";
  public static final String VAR_AWARD_CONFIRMED_BY = "awardConfirmedBy";
  /** Date: when the award notice and result announcement were published (start of the challenge period) */
  public static final String VAR_ANNOUNCED_AT = "announcedAt";
  public static final String VAR_AWARD_REFUSAL = "awardRefusal";

  // ---- direct purchase and single source forms ----
  /** unified social credit code of the chosen supplier */
  public static final String VAR_CHOSEN_SUPPLIER_CODE = "chosenSupplierCode";
  /** yuan */
  public static final String VAR_CHOSEN_PRICE = "chosenPrice";
  public static final String VAR_CHOICE_JUSTIFICATION = "choiceJustification";
  /** Date: single source publicity ends (5 working days) */
  public static final String VAR_PUBLICITY_ENDS = "publicityEnds";

  // ---- challenge event subprocess (local) ----
  public static final String VAR_CHALLENGE_ID = "challengeId";
  public static final String VAR_CHALLENGE_SUMMARY = "challengeSummary";
  /** DISMISSED, UPHELD_NEXT_RANKED or UPHELD_RETENDER */
  public static final String VAR_CHALLENGE_DECISION = "challengeDecision";
  public static final String VAR_CHALLENGE_ANSWER = "challengeAnswer";
  public static final String VAR_CHALLENGE_ANSWERED_BY = "challengeAnsweredBy";

  // ---- supervision (the shared supervision.recordAction worker) ----
  public static final String VAR_SUPERVISION_SUBJECT = "supervisionSubject";

  private TenderingProcess() {
  }
}

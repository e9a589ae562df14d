package org.govpurchase.evaluation;

/**
 * The ids of processes/evaluation.bpmn (process Evaluation, called by Tendering's Call_Evaluation),
 * its topics and variables. Variable types are as the engine holds them: ids are Long, lists are
 * JSON arrays (Spin), dates are Date.
 */
public final class EvaluationProcess {

  public static final String KEY = "Evaluation";

  // ---- activities ----
  public static final String START = "StartEvent_EvaluationStarted";
  public static final String TASK_DRAW_COMMITTEE = "Task_DrawCommittee";
  public static final String SUB_COMMITTEE_ATTENDANCE = "Sub_CommitteeAttendance";
  public static final String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
  public static final String EVENT_ATTENDANCE_OVERDUE = "Event_AttendanceOverdue";
  public static final String CALL_SUPERVISE_ATTENDANCE = "Call_SuperviseAttendance";
  public static final String TASK_REPLACE_DECLINED_EXPERT = "Task_ReplaceDeclinedExpert";
  public static final String TASK_SEAT_COMMITTEE = "Task_SeatCommittee";
  public static final String SUB_SCORING = "Sub_Scoring";
  public static final String SUB_SCORE_BIDS = "Sub_ScoreBids";
  public static final String TASK_SCORE_BID = "Task_ScoreBid";
  public static final String EVENT_SCORING_OVERDUE = "Event_ScoringOverdue";
  public static final String CALL_SUPERVISE_SCORING = "Call_SuperviseScoring";
  public static final String TASK_RECORD_SCORE = "Task_RecordScore";
  public static final String TASK_WRITE_EVALUATION_REPORT = "Task_WriteEvaluationReport";
  public static final String END_REPORT_WRITTEN = "EndEvent_ReportWritten";

  // ---- topics ----
  public static final String TOPIC_DRAW_COMMITTEE = "evaluation.drawCommittee";
  public static final String TOPIC_REPLACE_DECLINED_EXPERT = "evaluation.replaceDeclinedExpert";
  public static final String TOPIC_SEAT_COMMITTEE = "evaluation.seatCommittee";
  public static final String TOPIC_RECORD_SCORE = "evaluation.recordScore";
  public static final String TOPIC_WRITE_REPORT = "evaluation.writeReport";

  // ---- variables in from Tendering (camunda:in of Call_Evaluation; the business key too) ----
  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_PROCUREMENT_NO = "procurementNo";
  public static final String VAR_TENDER_ID = "tenderId";
  /** Date: the tender's bid deadline (the draw's reference time) */
  public static final String VAR_BID_DEADLINE = "bidDeadline";
  /** JSON array of {@link Specialty} names, from the tender documents */
  public static final String VAR_COMMITTEE_SPECIALTIES = "committeeSpecialties";
  /** JSON array of Long: the qualified bids, in bid id order */
  public static final String VAR_QUALIFIED_BID_IDS = "qualifiedBidIds";

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
  public static final String VAR_BID_ID = "bidId";
  /** display text: supplier, credit code, price */
  public static final String VAR_BID_SUMMARY = "bidSummary";
  public static final String VAR_SCORE_PROPOSAL = "scoreProposal";
  public static final String VAR_SCORE_CAPACITY = "scoreCapacity";
  public static final String VAR_SCORE_PRICE = "scorePrice";
  public static final String VAR_SCORE_COMMENT = "scoreComment";

  // ---- out to Tendering (camunda:out of Call_Evaluation) ----
  /** display text of the report's first place, for the buyer's confirmation in Award */
  public static final String VAR_AWARD_SUMMARY = "awardSummary";

  private EvaluationProcess() {
  }
}

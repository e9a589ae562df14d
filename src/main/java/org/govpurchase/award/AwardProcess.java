package org.govpurchase.award;

/**
 * The ids of processes/award.bpmn (process Award, called by Tendering's Call_Award), its topics,
 * message, errors and variables. Variable types are as the engine holds them: ids are Long, dates
 * are Date.
 *
 * <p>One writer per supplier action: a challenge is written by the API (ChallengeIntake stores it
 * and correlates {@link #MESSAGE_CHALLENGE_RAISED} in the same transaction); the process never
 * writes it again, it only holds its id. The buyer's answer is written once, by
 * {@link #TOPIC_ANSWER_CHALLENGE}.
 */
public final class AwardProcess {

  public static final String KEY = "Award";

  // ---- activities ----
  public static final String START = "StartEvent_AwardStarted";
  public static final String GATEWAY_AWARD_PATH = "Gateway_AwardPath";
  public static final String TASK_RECORD_DIRECT_PURCHASE = "Task_RecordDirectPurchase";
  public static final String TASK_REGISTER_DIRECT_PURCHASE = "Task_RegisterDirectPurchase";
  public static final String TASK_PREPARE_SINGLE_SOURCE = "Task_PrepareSingleSource";
  public static final String TASK_PUBLICIZE_SINGLE_SOURCE = "Task_PublicizeSingleSource";
  public static final String EVENT_PUBLICITY_OVER = "Event_PublicityOver";
  public static final String TASK_CONFIRM_AWARD = "Task_ConfirmAward";
  public static final String EVENT_AWARD_CONFIRMATION_OVERDUE = "Event_AwardConfirmationOverdue";
  public static final String CALL_SUPERVISE_CONFIRMATION = "Call_SuperviseConfirmation";
  public static final String TASK_PUBLISH_AWARD = "Task_PublishAward";
  public static final String EVENT_AWARD_PUBLICATION_OVERDUE = "Event_AwardPublicationOverdue";
  public static final String CALL_SUPERVISE_PUBLICATION = "Call_SupervisePublication";
  public static final String SUB_CHALLENGE_PERIOD = "Sub_ChallengePeriod";
  public static final String EVENT_CHALLENGE_PERIOD_OVER = "Event_ChallengePeriodOver";
  public static final String EVENT_CHALLENGE_RAISED = "Event_ChallengeRaised";
  public static final String TASK_ANSWER_CHALLENGE = "Task_AnswerChallenge";
  public static final String EVENT_CHALLENGE_ANSWER_OVERDUE = "Event_ChallengeAnswerOverdue";
  public static final String CALL_SUPERVISE_CHALLENGE = "Call_SuperviseChallenge";
  public static final String TASK_RECORD_CHALLENGE_ANSWER = "Task_RecordChallengeAnswer";
  public static final String EVENT_CHALLENGE_UPHELD_NEXT_RANKED = "Event_ChallengeUpheldNextRanked";
  public static final String EVENT_CHALLENGE_UPHELD_RETENDER = "Event_ChallengeUpheldRetender";
  public static final String TASK_MOVE_AWARD_TO_NEXT_RANKED = "Task_MoveAwardToNextRanked";
  public static final String TASK_REVOKE_AWARD = "Task_RevokeAward";
  public static final String END_AWARDED = "EndEvent_Awarded";
  public static final String END_DIRECT_PURCHASE_AWARDED = "EndEvent_DirectPurchaseAwarded";
  public static final String END_AWARD_REVOKED = "EndEvent_AwardRevoked";

  // ---- topics ----
  public static final String TOPIC_RECORD_DIRECT_PURCHASE = "award.recordDirectPurchase";
  public static final String TOPIC_PUBLICIZE_SINGLE_SOURCE = "award.publicizeSingleSource";
  public static final String TOPIC_PUBLISH_AWARD = "award.publish";
  public static final String TOPIC_ANSWER_CHALLENGE = "award.answerChallenge";
  public static final String TOPIC_MOVE_TO_NEXT_RANKED = "award.moveToNextRanked";
  public static final String TOPIC_REVOKE_AWARD = "award.revoke";

  // ---- message (correlated by the supplier API on the process variable procurementNo) ----
  /** a bidder challenged the award; local variable challengeId */
  public static final String MESSAGE_CHALLENGE_RAISED = "ChallengeRaised";

  // ---- BPMN errors (all caught inside Award; the caller sees only awardOutcome) ----
  /** recordDirectPurchase/publicizeSingleSource refused the buyer's input; message in {@link #VAR_AWARD_REFUSAL} */
  public static final String ERROR_AWARD_REFUSED = "Error_AwardRefused";
  public static final String ERROR_CHALLENGE_UPHELD_NEXT_RANKED = "Error_ChallengeUpheldNextRanked";
  public static final String ERROR_CHALLENGE_UPHELD_RETENDER = "Error_ChallengeUpheldRetender";
  /** moveToNextRanked found no further qualified, ranked bid */
  public static final String ERROR_NO_NEXT_RANKED = "Error_NoNextRanked";

  // ---- variables in from Tendering (camunda:in of Call_Award; the business key too) ----
  public static final String VAR_PLAN_ID = "planId";
  public static final String VAR_PLAN_NO = "planNo";
  /** {@link org.govpurchase.plan.ProcurementMethod} name: chooses the path at Gateway_AwardPath */
  public static final String VAR_PROCUREMENT_METHOD = "procurementMethod";
  /** Boolean: the buyer's tasks go to procurement-agency, else the agency's own officers (buyerGroup) */
  public static final String VAR_RUN_BY_PROCUREMENT_AGENCY = "runByProcurementAgency";
  /** the tender's number; null for a direct purchase or single source in the first round */
  public static final String VAR_PROCUREMENT_NO = "procurementNo";
  /** null without a tender */
  public static final String VAR_TENDER_ID = "tenderId";
  /** display text for the confirmation form: from Evaluation, or set here (single source, next ranked) */
  public static final String VAR_AWARD_SUMMARY = "awardSummary";

  // ---- set by the process itself ----
  public static final String VAR_BUYER_GROUP = "buyerGroup";

  // ---- out to Tendering (camunda:out of Call_Award) ----
  public static final String VAR_AWARD_ID = "awardId";
  /** {@link #OUTCOME_AWARDED} or {@link #OUTCOME_RETENDER}, read by Tendering's Gateway_AwardOutcome */
  public static final String VAR_AWARD_OUTCOME = "awardOutcome";
  /** an award is in force (challenge period over, or a direct purchase published) */
  public static final String OUTCOME_AWARDED = "AWARDED";
  /** the award was revoked (challenge upheld, nobody to move up): the purchase is made again */
  public static final String OUTCOME_RETENDER = "RETENDER";

  // ---- confirmation ----
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
  /** Date: single source publicity ends (periods.singleSourcePublicityWorkingDays) */
  public static final String VAR_PUBLICITY_ENDS = "publicityEnds";

  // ---- challenge event subprocess (local) ----
  public static final String VAR_CHALLENGE_ID = "challengeId";
  public static final String VAR_CHALLENGE_SUMMARY = "challengeSummary";
  /** DISMISSED, UPHELD_NEXT_RANKED or UPHELD_RETENDER */
  public static final String VAR_CHALLENGE_DECISION = "challengeDecision";
  public static final String VAR_CHALLENGE_ANSWER = "challengeAnswer";
  public static final String VAR_CHALLENGE_ANSWERED_BY = "challengeAnsweredBy";

  private AwardProcess() {
  }
}

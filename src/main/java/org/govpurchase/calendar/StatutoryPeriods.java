package org.govpurchase.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;

/**
 * Every statutory or configured period of the platform, in one place that the BPMN models and the
 * Java checks both read: a model writes {@code ${workingDays.deadline(now(), periods.challengeWorkingDays)}},
 * the API refuses a late challenge with the same number. Designers change a period in
 * {@code platform.periods.*} of {@code application.yaml} (or an environment variable), without Java.
 *
 * <p>"WorkingDays" periods count working days on the calendar (工作日); "Days" periods count
 * calendar days (日). The sources are in {@code application.yaml}.
 */
@Component("periods")
@ConfigurationProperties("platform.periods")
@Validated
public class StatutoryPeriods {

  // catalog
  @Positive private int catalogDraftingWorkingDays = 10;
  @Positive private int catalogApprovalWorkingDays = 5;
  // plan
  @Positive private int planDraftingWorkingDays = 20;
  @Positive private int planReviewWorkingDays = 10;
  // tender
  @Positive private int bidWindowDays = 20;
  @Positive private int clarificationLeadDays = 15;
  @Positive private int failedTenderDecisionWorkingDays = 10;
  @Positive private int methodChangeApprovalWorkingDays = 10;
  // evaluation
  @Positive private int attendanceConfirmationWorkingDays = 1;
  @Positive private int scoringWorkingDays = 2;
  // award
  @Positive private int awardConfirmationWorkingDays = 5;
  @Positive private int awardNoticeWorkingDays = 2;
  @Positive private int challengeWorkingDays = 7;
  @Positive private int challengeAnswerWorkingDays = 7;
  @Positive private int singleSourcePublicityWorkingDays = 5;
  // contract
  @Positive private int signingDays = 30;
  @Positive private int contractPublicationWorkingDays = 2;
  @Positive private int filingWorkingDays = 7;
  // payment
  @Positive private int fundsConfirmationWorkingDays = 10;
  @Positive private int instalmentApprovalWorkingDays = 5;
  @Positive private int instalmentReviewWorkingDays = 5;
  // amendment
  @Positive private int amendmentAnswerWorkingDays = 10;
  @Positive private int termChangeApprovalWorkingDays = 10;
  // acceptance
  @Positive private int acceptanceWorkingDays = 20;
  @Positive private int acceptanceRectificationWorkingDays = 15;
  // supplier credit record: months, 政府采购法 77 (一至三年); the start check keeps 12..36
  @Positive private int disqualificationMonths = 36;

  public int getCatalogDraftingWorkingDays() { return catalogDraftingWorkingDays; }
  public void setCatalogDraftingWorkingDays(int v) { catalogDraftingWorkingDays = v; }
  public int getCatalogApprovalWorkingDays() { return catalogApprovalWorkingDays; }
  public void setCatalogApprovalWorkingDays(int v) { catalogApprovalWorkingDays = v; }
  public int getPlanDraftingWorkingDays() { return planDraftingWorkingDays; }
  public void setPlanDraftingWorkingDays(int v) { planDraftingWorkingDays = v; }
  public int getPlanReviewWorkingDays() { return planReviewWorkingDays; }
  public void setPlanReviewWorkingDays(int v) { planReviewWorkingDays = v; }
  public int getBidWindowDays() { return bidWindowDays; }
  public void setBidWindowDays(int v) { bidWindowDays = v; }
  public int getClarificationLeadDays() { return clarificationLeadDays; }
  public void setClarificationLeadDays(int v) { clarificationLeadDays = v; }
  public int getFailedTenderDecisionWorkingDays() { return failedTenderDecisionWorkingDays; }
  public void setFailedTenderDecisionWorkingDays(int v) { failedTenderDecisionWorkingDays = v; }
  public int getMethodChangeApprovalWorkingDays() { return methodChangeApprovalWorkingDays; }
  public void setMethodChangeApprovalWorkingDays(int v) { methodChangeApprovalWorkingDays = v; }
  public int getAttendanceConfirmationWorkingDays() { return attendanceConfirmationWorkingDays; }
  public void setAttendanceConfirmationWorkingDays(int v) { attendanceConfirmationWorkingDays = v; }
  public int getScoringWorkingDays() { return scoringWorkingDays; }
  public void setScoringWorkingDays(int v) { scoringWorkingDays = v; }
  public int getAwardConfirmationWorkingDays() { return awardConfirmationWorkingDays; }
  public void setAwardConfirmationWorkingDays(int v) { awardConfirmationWorkingDays = v; }
  public int getAwardNoticeWorkingDays() { return awardNoticeWorkingDays; }
  public void setAwardNoticeWorkingDays(int v) { awardNoticeWorkingDays = v; }
  public int getChallengeWorkingDays() { return challengeWorkingDays; }
  public void setChallengeWorkingDays(int v) { challengeWorkingDays = v; }
  public int getChallengeAnswerWorkingDays() { return challengeAnswerWorkingDays; }
  public void setChallengeAnswerWorkingDays(int v) { challengeAnswerWorkingDays = v; }
  public int getSingleSourcePublicityWorkingDays() { return singleSourcePublicityWorkingDays; }
  public void setSingleSourcePublicityWorkingDays(int v) { singleSourcePublicityWorkingDays = v; }
  public int getSigningDays() { return signingDays; }
  public void setSigningDays(int v) { signingDays = v; }
  public int getContractPublicationWorkingDays() { return contractPublicationWorkingDays; }
  public void setContractPublicationWorkingDays(int v) { contractPublicationWorkingDays = v; }
  public int getFilingWorkingDays() { return filingWorkingDays; }
  public void setFilingWorkingDays(int v) { filingWorkingDays = v; }
  public int getFundsConfirmationWorkingDays() { return fundsConfirmationWorkingDays; }
  public void setFundsConfirmationWorkingDays(int v) { fundsConfirmationWorkingDays = v; }
  public int getInstalmentApprovalWorkingDays() { return instalmentApprovalWorkingDays; }
  public void setInstalmentApprovalWorkingDays(int v) { instalmentApprovalWorkingDays = v; }
  public int getInstalmentReviewWorkingDays() { return instalmentReviewWorkingDays; }
  public void setInstalmentReviewWorkingDays(int v) { instalmentReviewWorkingDays = v; }
  public int getAmendmentAnswerWorkingDays() { return amendmentAnswerWorkingDays; }
  public void setAmendmentAnswerWorkingDays(int v) { amendmentAnswerWorkingDays = v; }
  public int getTermChangeApprovalWorkingDays() { return termChangeApprovalWorkingDays; }
  public void setTermChangeApprovalWorkingDays(int v) { termChangeApprovalWorkingDays = v; }
  public int getAcceptanceWorkingDays() { return acceptanceWorkingDays; }
  public void setAcceptanceWorkingDays(int v) { acceptanceWorkingDays = v; }
  public int getAcceptanceRectificationWorkingDays() { return acceptanceRectificationWorkingDays; }
  public void setAcceptanceRectificationWorkingDays(int v) { acceptanceRectificationWorkingDays = v; }
  public int getDisqualificationMonths() { return disqualificationMonths; }
  public void setDisqualificationMonths(int v) { disqualificationMonths = v; }
}

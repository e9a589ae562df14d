package org.govpurchase.tender;

import java.util.List;

/** The values of the choice fields of the Tendering forms, as the gateways and checks read them. */
public final class TenderChoices {

  /** Task_ConfirmQualification ({@code qualificationDecision}): keep the automatic result */
  public static final String QUALIFICATION_CONFIRM = "CONFIRM";
  /** Task_ConfirmQualification: reverse the automatic result, with a reason */
  public static final String QUALIFICATION_OVERRIDE = "OVERRIDE";
  public static final List<String> QUALIFICATION_DECISIONS = List.of(QUALIFICATION_CONFIRM, QUALIFICATION_OVERRIDE);

  /** Task_HandleFailedTender ({@code failedTenderChoice}): tender again by the same method */
  public static final String FAILED_TENDER_RETENDER = "RETENDER";
  /** Task_HandleFailedTender: ask the finance bureau to change the method */
  public static final String FAILED_TENDER_CHANGE_METHOD = "CHANGE_METHOD";
  public static final List<String> FAILED_TENDER_CHOICES = List.of(FAILED_TENDER_RETENDER, FAILED_TENDER_CHANGE_METHOD);

  /** Task_ApproveMethodChange ({@code methodChangeDecision}) */
  public static final String METHOD_CHANGE_APPROVE = "APPROVE";
  public static final String METHOD_CHANGE_REFUSE = "REFUSE";
  public static final List<String> METHOD_CHANGE_DECISIONS = List.of(METHOD_CHANGE_APPROVE, METHOD_CHANGE_REFUSE);

  /** reasons and comments of these forms, at most (UTF-16 units, as the form counts) */
  public static final int MAX_REASON = 500;

  private TenderChoices() {
  }
}

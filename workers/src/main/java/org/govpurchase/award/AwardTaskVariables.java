package org.govpurchase.award;

import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.client.task.ExternalTask;
import org.govpurchase.worker.TaskVariables;

/** Reading the Tendering process's award variables as Tasklist, the REST API and the workers set them. */
final class AwardTaskVariables {

  /**
   * Who filled the direct purchase or single source form, if the process keeps it (not part of
   * the AwardProcess contract); else awardConfirmedBy, else "system".
   */
  static final String VAR_CHOICE_RECORDED_BY = "choiceRecordedBy";

  private AwardTaskVariables() {
  }

  /** @throws IllegalStateException when planId is missing: the process is broken, not the form */
  static long planId(ExternalTask task) {
    return TaskVariables.id(task, AwardProcess.VAR_PLAN_ID);
  }

  /** @throws IllegalStateException when planNo is missing */
  static String planNo(ExternalTask task) {
    String no = StringUtils.stripToNull(Objects.toString(task.getVariable(AwardProcess.VAR_PLAN_NO), null));
    if (no == null) {
      throw new IllegalStateException("planNo is missing");
    }
    return no;
  }

  /** procurementNo, else planNo (no tender) */
  static String procurementNo(ExternalTask task) {
    String no = StringUtils.stripToNull(Objects.toString(task.getVariable(AwardProcess.VAR_PROCUREMENT_NO), null));
    return no != null ? no : planNo(task);
  }

  /** tenderId, null when absent (direct purchase, single source) */
  static Long tenderId(ExternalTask task) {
    return AwardInputs.id(task.getVariable(AwardProcess.VAR_TENDER_ID));
  }

  /** @throws IllegalStateException when challengeId is missing */
  static long challengeId(ExternalTask task) {
    return TaskVariables.id(task, AwardProcess.VAR_CHALLENGE_ID);
  }


  /** who chose the supplier: choiceRecordedBy, else awardConfirmedBy (set on completing the form); null if neither */
  static String recordedBy(ExternalTask task) {
    String by = TaskVariables.string(task, VAR_CHOICE_RECORDED_BY);
    return by != null ? by : TaskVariables.string(task, AwardProcess.VAR_AWARD_CONFIRMED_BY);
  }
}

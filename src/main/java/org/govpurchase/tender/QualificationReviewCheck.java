package org.govpurchase.tender;

import static org.govpurchase.tender.TenderChoices.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_ConfirmQualification (end listener): CONFIRM or OVERRIDE, and a reason
 * of at most {@value TenderChoices#MAX_REASON} characters to override; otherwise 400 and the task stays.
 */
@Component("qualificationReviewCheck")
class QualificationReviewCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(TenderingProcess.VAR_QUALIFICATION_DECISION),
        execution.getVariable(TenderingProcess.VAR_OVERRIDE_REASON));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object decision, Object overrideReason) {
    List<String> problems = new ArrayList<>();
    if (!(decision instanceof String d && QUALIFICATION_DECISIONS.contains(d))) {
      problems.add("资格审查结论必须是 CONFIRM（确认自动审查结果）或 OVERRIDE（改变自动审查结果）"
          + " / qualificationDecision must be CONFIRM or OVERRIDE");
    }
    String reason = Objects.toString(overrideReason, "");
    if (QUALIFICATION_OVERRIDE.equals(decision) && StringUtils.isBlank(reason)) {
      problems.add("改变自动审查结果时必须填写理由 / overrideReason is required to override");
    }
    if (reason.length() > MAX_REASON) {
      problems.add("理由不得超过" + MAX_REASON + "字 / overrideReason: at most " + MAX_REASON + " characters");
    }
    return problems;
  }
}

package org.govpurchase.evaluation;

import static org.govpurchase.evaluation.EvaluationProcess.VAR_ATTENDANCE_DECISION;
import static org.govpurchase.evaluation.EvaluationProcess.VAR_DECLINE_REASON;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_ConfirmAttendance (end listener): ACCEPT or DECLINE, and a reason of at
 * most {@value #MAX_REASON} characters when declining; otherwise 400 and the task stays.
 */
@Component("attendanceCheck")
class AttendanceCheck implements ExecutionListener {

  public static final String ACCEPT = "ACCEPT";
  public static final String DECLINE = "DECLINE";
  static final int MAX_REASON = CommitteeDraw.MAX_REASON;

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(VAR_ATTENDANCE_DECISION),
        execution.getVariable(VAR_DECLINE_REASON));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object decision, Object declineReason) {
    List<String> problems = new ArrayList<>();
    if (!ACCEPT.equals(decision) && !DECLINE.equals(decision)) {
      problems.add("请选择是否出席：ACCEPT（出席）或 DECLINE（不能出席） / attendanceDecision must be ACCEPT or DECLINE");
    }
    String reason = Objects.toString(declineReason, "");
    if (DECLINE.equals(decision) && StringUtils.isBlank(reason)) {
      problems.add("不能出席时必须填写理由 / declineReason is required when declining");
    }
    // UTF-16 length, as the form counts and H2 stores
    if (reason.length() > MAX_REASON) {
      problems.add("不能出席的理由不得超过" + MAX_REASON + "字 / declineReason: at most " + MAX_REASON + " characters");
    }
    return problems;
  }
}

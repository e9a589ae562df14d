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
 * Completion check of Task_ApproveMethodChange (end listener): APPROVE, or REFUSE with a comment;
 * otherwise 400 and the task stays.
 */
@Component("methodChangeApprovalCheck")
class MethodChangeApprovalCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(TenderingProcess.VAR_METHOD_CHANGE_DECISION),
        execution.getVariable(TenderingProcess.VAR_METHOD_CHANGE_COMMENT));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object decision, Object comment) {
    List<String> problems = new ArrayList<>();
    if (!(decision instanceof String d && METHOD_CHANGE_DECISIONS.contains(d))) {
      problems.add("审批意见必须是 APPROVE（同意变更）或 REFUSE（不同意） / methodChangeDecision must be APPROVE or REFUSE");
    }
    String text = Objects.toString(comment, "");
    if (METHOD_CHANGE_REFUSE.equals(decision) && StringUtils.isBlank(text)) {
      problems.add("不同意变更时必须填写意见 / methodChangeComment is required to refuse");
    }
    if (text.length() > MAX_REASON) {
      problems.add("意见不得超过" + MAX_REASON + "字 / methodChangeComment: at most " + MAX_REASON + " characters");
    }
    return problems;
  }
}

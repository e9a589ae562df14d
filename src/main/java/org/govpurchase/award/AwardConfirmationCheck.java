package org.govpurchase.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/** Completion check of Task_ConfirmAward: the buyer confirms the proposed supplier; a comment of at most 500 characters. */
@Component("awardConfirmationCheck")
class AwardConfirmationCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(AwardProcess.VAR_AWARD_CONFIRMED),
        execution.getVariable(AwardProcess.VAR_AWARD_COMMENT));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object confirmed, Object comment) {
    List<String> problems = new ArrayList<>();
    if (!Boolean.TRUE.equals(confirmed)) {
      problems.add("请确认拟中标（成交）承接主体 / awardConfirmed must be true");
    }
    if (Objects.toString(comment, "").length() > AwardInputs.MAX_COMMENT) {
      problems.add("确认意见不得超过500字 / awardComment: at most 500 characters");
    }
    return problems;
  }
}

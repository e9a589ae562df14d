package org.govpurchase.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/** Completion check of Task_AnswerChallenge: a decision the gateway knows and an answer of at most 2000 characters. */
@Component("challengeAnswerCheck")
class ChallengeAnswerCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(AwardProcess.VAR_CHALLENGE_DECISION),
        execution.getVariable(AwardProcess.VAR_CHALLENGE_ANSWER));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object decision, Object answer) {
    List<String> problems = new ArrayList<>();
    if (AwardInputs.decision(decision) == null) {
      problems.add("答复结论必须是 DISMISSED（质疑不成立）、UPHELD_NEXT_RANKED（质疑成立，依次递补）或"
          + " UPHELD_RETENDER（质疑成立，重新采购） / challengeDecision must be DISMISSED, UPHELD_NEXT_RANKED or UPHELD_RETENDER");
    }
    String text = StringUtils.strip(Objects.toString(answer, ""));
    if (text.isEmpty()) {
      problems.add("请填写质疑答复 / challengeAnswer is required");
    } else if (text.length() > AwardInputs.MAX_TEXT) {
      problems.add("质疑答复不得超过2000字 / challengeAnswer: at most 2000 characters");
    }
    return problems;
  }
}

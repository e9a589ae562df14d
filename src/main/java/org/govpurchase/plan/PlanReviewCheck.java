package org.govpurchase.plan;

import static org.govpurchase.plan.PurchasePlanProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_ReviewPlan: a decision the gateway knows, and a reason when the plan is
 * returned or rejected; otherwise 400 and the task stays (never an incident at the gateway).
 */
@Component("planReviewCheck")
class PlanReviewCheck implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<String> problems = problems(execution.getVariable(VAR_DECISION), execution.getVariable(VAR_RETURN_REASON),
        execution.getVariable(VAR_REJECTION_REASON), execution.getVariable(VAR_REVIEW_COMMENT));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object decision, Object returnReason, Object rejectionReason, Object comment) {
    List<String> problems = new ArrayList<>();
    if (!List.of(DECISION_APPROVE, DECISION_RETURN, DECISION_REJECT).contains(decision)) {
      problems.add("审核意见必须是 APPROVE（批准）、RETURN（退回修改）或 REJECT（不予批准） / reviewDecision must be APPROVE, RETURN or REJECT");
    }
    String returned = Objects.toString(returnReason, "");
    String rejected = Objects.toString(rejectionReason, "");
    if (DECISION_RETURN.equals(decision) && StringUtils.isBlank(returned)) {
      problems.add("退回修改时必须填写退回意见 / returnReason is required when returning");
    }
    if (DECISION_REJECT.equals(decision) && StringUtils.isBlank(rejected)) {
      problems.add("不予批准时必须填写理由 / rejectionReason is required when rejecting");
    }
    // UTF-16 length, as the form counts and H2 stores
    if (returned.length() > PlanService.MAX_REASON || rejected.length() > PlanService.MAX_REASON
        || Objects.toString(comment, "").length() > PlanService.MAX_REASON) {
      problems.add("退回意见、不予批准理由和审核意见均不得超过500字 / reasons and comment: at most 500 characters");
    }
    return problems;
  }
}

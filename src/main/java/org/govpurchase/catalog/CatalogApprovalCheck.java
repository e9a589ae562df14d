package org.govpurchase.catalog;

import static org.govpurchase.catalog.CatalogApprovalProcess.DECISION_APPROVE;
import static org.govpurchase.catalog.CatalogApprovalProcess.DECISION_RETURN;
import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_APPROVAL_COMMENT;
import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_DECISION;
import static org.govpurchase.catalog.CatalogApprovalProcess.VAR_RETURN_REASON;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion check of Task_ApproveCatalog: the form validates in the browser, this validates
 * what a REST client sends, so a bad decision is a 400 and never an incident at the gateway
 * (an execution listener: see {@link CatalogDraftCheck} why not a task listener).
 */
@Component("catalogApprovalCheck")
class CatalogApprovalCheck implements ExecutionListener {

  static final int MAX_TEXT = 500;

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the instance is being deleted or the step interrupted: nothing is submitted
    }
    List<String> problems = problems(
        execution.getVariable(VAR_DECISION), execution.getVariable(VAR_RETURN_REASON),
        execution.getVariable(VAR_APPROVAL_COMMENT));
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> problems(Object decision, Object returnReason, Object comment) {
    List<String> problems = new ArrayList<>();
    if (!DECISION_APPROVE.equals(decision) && !DECISION_RETURN.equals(decision)) {
      problems.add("审批意见必须是 APPROVE（批准发布）或 RETURN（退回修改） / approvalDecision must be APPROVE or RETURN");
    }
    String reason = Objects.toString(returnReason, "");
    if (DECISION_RETURN.equals(decision) && StringUtils.isBlank(reason)) {
      problems.add("退回修改时必须填写退回理由 / returnReason is required when returning");
    }
    // UTF-16 length, as the form counts and H2 stores: a rare character such as 𠮷 counts twice
    if (reason.length() > MAX_TEXT || Objects.toString(comment, "").length() > MAX_TEXT) {
      problems.add("退回理由和批示不得超过500字 / returnReason and approvalComment: at most 500 characters");
    }
    return problems;
  }
}

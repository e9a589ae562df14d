package org.govpurchase.contract;

import static org.govpurchase.contract.ContractProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.springframework.stereotype.Component;

/**
 * Completion checks of the Contract process's user tasks (end execution listeners): a form that
 * breaks a rule is answered with 400 and the task stays, never an incident further on.
 */
final class ContractFormChecks {

  static final String FILING_ACCEPT = "ACCEPT";
  static final String FILING_RETURN = "RETURN";

  private ContractFormChecks() {
  }

  private static void check(DelegateExecution execution, List<String> problems) {
    if (!execution.isCanceled() && !problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  /** Task_DraftContract: texts present and within limits, instalments that parse, at least one */
  @Component("contractDraftCheck")
  static class DraftCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      check(execution, ContractDraft.read(execution::getVariable).problems());
    }
  }

  /** Task_SignContract: the agency officer ticks agencySigned */
  @Component("contractSignCheck")
  static class SignCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      check(execution, signProblems(execution.getVariable(VAR_AGENCY_SIGNED)));
    }
  }

  /** Task_AcceptFiling: ACCEPT or RETURN, a return with its reason */
  @Component("filingDecisionCheck")
  static class FilingDecisionCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      check(execution, decisionProblems(execution.getVariable(VAR_FILING_DECISION),
          execution.getVariable(VAR_FILING_RETURN_REASON)));
    }
  }

  /** Task_CorrectFiling: what was corrected */
  @Component("filingCorrectionCheck")
  static class FilingCorrectionCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      check(execution, correctionProblems(execution.getVariable(VAR_FILING_CORRECTION)));
    }
  }

  static List<String> signProblems(Object agencySigned) {
    return Boolean.TRUE.equals(agencySigned) ? List.of()
        : List.of("请确认甲方签字（agencySigned） / tick agencySigned to sign the contract");
  }

  static List<String> decisionProblems(Object decision, Object returnReason) {
    List<String> problems = new ArrayList<>();
    if (!FILING_ACCEPT.equals(decision) && !FILING_RETURN.equals(decision)) {
      problems.add("备案意见必须是 ACCEPT（予以备案）或 RETURN（退回补正） / filingDecision must be ACCEPT or RETURN");
    }
    String reason = StringUtils.strip(Objects.toString(returnReason, ""));
    if (FILING_RETURN.equals(decision) && reason.isEmpty()) {
      problems.add("退回补正时必须填写退回理由 / filingReturnReason is required when returning");
    }
    if (reason.length() > ContractService.MAX_RETURN_REASON) {
      problems.add("退回理由不得超过" + ContractService.MAX_RETURN_REASON + "字 / filingReturnReason: at most "
          + ContractService.MAX_RETURN_REASON + " characters");
    }
    return problems;
  }

  static List<String> correctionProblems(Object correction) {
    String text = StringUtils.strip(Objects.toString(correction, ""));
    if (text.isEmpty()) {
      return List.of("请填写补正说明 / filingCorrection is required");
    }
    if (text.length() > ContractService.MAX_CORRECTION) {
      return List.of("补正说明不得超过" + ContractService.MAX_CORRECTION + "字 / filingCorrection: at most "
          + ContractService.MAX_CORRECTION + " characters");
    }
    return List.of();
  }
}

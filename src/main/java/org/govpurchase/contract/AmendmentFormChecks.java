package org.govpurchase.contract;

import static org.govpurchase.contract.AmendmentProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govpurchase.engine.FormRejection;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Checks of the ContractAmendment process's forms (end execution listeners): a proposal or an
 * answer that breaks a rule is answered with 400 and nothing starts or completes.
 */
final class AmendmentFormChecks {

  private AmendmentFormChecks() {
  }

  /**
   * StartEvent_AmendmentProposed: who proposes and whether the change may be proposed. Started in
   * Tasklist (or over the engine's REST API, which only purchasing-agency officers may do), the
   * engine has set initiatedBy: the agency proposes, whatever the variables say. Started by the
   * supplier API, which runs as no engine user, the API has set proposedBy, proposer and contractId,
   * and has checked the proposal itself. Sets contractId, proposedBy and proposer for the rest of the process.
   */
  @Component("amendmentProposalCheck")
  static class ProposalCheck implements ExecutionListener {

    private final AmendmentService amendments;

    ProposalCheck(AmendmentService amendments) {
      this.amendments = amendments;
    }

    @Override
    public void notify(DelegateExecution execution) {
      String initiatedBy = (String) execution.getVariable(VAR_INITIATED_BY);
      ContractSide side = initiatedBy != null ? ContractSide.AGENCY
          : ContractSide.valueOf(Objects.toString(execution.getVariable(VAR_PROPOSED_BY), "AGENCY"));
      String proposer = initiatedBy != null ? initiatedBy : (String) execution.getVariable(VAR_PROPOSER);
      AmendmentForm form = AmendmentForm.read(execution::getVariable);
      List<String> problems = new ArrayList<>(form.problems());
      Long contractId = null;
      try {
        contractId = contractId(execution);
        // the supplier API checked its proposal a moment ago in this transaction, and propose() checks
        // it again under the contract's lock: only a proposal from Tasklist is checked here
        if (problems.isEmpty() && side == ContractSide.AGENCY) {
          amendments.check(contractId, side, proposer, form.proposal());
        }
      } catch (InvalidRequestException e) {
        problems.addAll(List.of(e.getMessage().split("\n")));
      } catch (NoSuchElementException | ContractConflictException | ContractAccessDeniedException e) {
        problems.add(e.getMessage());
      }
      if (!problems.isEmpty()) {
        throw FormRejection.of(problems);
      }
      execution.setVariable(VAR_CONTRACT_ID, contractId);
      execution.setVariable(VAR_PROPOSED_BY, side.name());
      execution.setVariable(VAR_PROPOSER, proposer);
    }

    private long contractId(DelegateExecution execution) {
      Object id = execution.getVariable(VAR_CONTRACT_ID);
      if (id instanceof Number number) {
        return number.longValue();
      }
      String no = StringUtils.strip(Objects.toString(execution.getVariable(VAR_CONTRACT_NO), ""));
      if (no.isEmpty()) {
        throw new InvalidRequestException("请填写合同的采购编号 / contractNo");
      }
      return amendments.contractIdOf(no);
    }
  }

  /** Task_AnswerAmendment: ACCEPT or REFUSE, a refusal with its reason */
  @Component("amendmentAnswerCheck")
  static class AnswerCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.isCanceled()) {
        reject(answerProblems(execution.getVariable(VAR_ANSWER), execution.getVariable(VAR_ANSWER_REASON)));
      }
    }
  }

  /** Task_ApproveTermChange: APPROVE or REFUSE, a refusal with its reason */
  @Component("termDecisionCheck")
  static class TermDecisionCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.isCanceled()) {
        reject(decisionProblems(execution.getVariable(VAR_TERM_DECISION),
            execution.getVariable(VAR_TERM_DECISION_REASON)));
      }
    }
  }

  private static void reject(List<String> problems) {
    if (!problems.isEmpty()) {
      throw FormRejection.of(problems);
    }
  }

  static List<String> answerProblems(Object answer, Object reason) {
    return choiceProblems(answer, ACCEPT, reason, "amendmentAnswer", "amendmentAnswerReason", "答复",
        "ACCEPT（同意）或 REFUSE（不同意）");
  }

  static List<String> decisionProblems(Object decision, Object reason) {
    return choiceProblems(decision, APPROVE, reason, "termDecision", "termDecisionReason", "审批意见",
        "APPROVE（同意缩短）或 REFUSE（不同意）");
  }

  private static List<String> choiceProblems(Object choice, String yes, Object reason, String choiceName,
      String reasonName, String what, String allowed) {
    List<String> problems = new ArrayList<>();
    if (!yes.equals(choice) && !REFUSE.equals(choice)) {
      problems.add(what + "必须是" + allowed + " / " + choiceName + " must be " + yes + " or " + REFUSE);
    }
    String text = StringUtils.strip(Objects.toString(reason, ""));
    if (REFUSE.equals(choice) && text.isEmpty()) {
      problems.add("不同意时必须说明理由 / " + reasonName + " is required when refusing");
    }
    if (text.length() > AmendmentService.MAX_ANSWER_REASON) {
      problems.add("理由不得超过" + AmendmentService.MAX_ANSWER_REASON + "字 / " + reasonName + ": at most "
          + AmendmentService.MAX_ANSWER_REASON + " characters");
    }
    return problems;
  }
}

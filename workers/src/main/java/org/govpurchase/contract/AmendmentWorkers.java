package org.govpurchase.contract;

import static org.govpurchase.contract.AmendmentProcess.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * The ContractAmendment process's workers: thin adapters over {@link AmendmentService}, each ending
 * its task with exactly one call. Every service call is keyed and may run twice.
 */
final class AmendmentWorkers {

  static final String LAPSE_REASON = "对方未在" + ANSWER_WORKING_DAYS + "个工作日内答复";

  private AmendmentWorkers() {
  }

  static ContractSide proposedBy(ExternalTask task) {
    return ContractSide.valueOf(ContractTaskVariables.string(task, VAR_PROPOSED_BY));
  }

  /** amendment.register: records the proposal (keyed on the process instance) and shows it to the other side */
  @Component
  @ExternalTaskSubscription(topicName = TOPIC_REGISTER, variableNames = {VAR_CONTRACT_ID, VAR_PROPOSED_BY, VAR_PROPOSER,
      VAR_NEW_AMOUNT, VAR_NEW_TERM_END, "instalment1Amount", "instalment1DueDate", "instalment2Amount",
      "instalment2DueDate", "instalment3Amount", "instalment3DueDate", "instalment4Amount", "instalment4DueDate",
      VAR_FUNDS_USE, VAR_REASON})
  static class Register implements ExternalTaskHandler {

    private final AmendmentService amendments;
    private final Clock clock;

    Register(AmendmentService amendments, Clock clock) {
      this.amendments = amendments;
      this.clock = clock;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
      Map<String, Object> variables;
      try {
        AmendmentForm form = AmendmentForm.read(task::getVariable);
        if (!form.problems().isEmpty()) {
          throw new IllegalStateException("the proposal passed its start check but reads wrong now: " + form.problems());
        }
        AmendmentView a = amendments.propose(task.getProcessInstanceId(), ContractTaskVariables.id(task, VAR_CONTRACT_ID),
            proposedBy(task), ContractTaskVariables.string(task, VAR_PROPOSER), form.proposal(), clock.instant());
        variables = Map.of(VAR_AMENDMENT_ID, a.id(), VAR_AMENDMENT_SEQ, a.seq(), VAR_PROCUREMENT_NO, a.procurementNo(),
            VAR_SUMMARY, amendments.summary(a.id()), VAR_SHORTENS_TERM, a.shortensTerm());
      } catch (RuntimeException e) {
        TaskFailures.handle(task, service, e);
        return;
      }
      service.complete(task, variables);
    }
  }

  /** amendment.recordAnswer: the other side's answer (the supplier's was recorded by the API already) */
  @Component
  @ExternalTaskSubscription(topicName = TOPIC_RECORD_ANSWER,
      variableNames = {VAR_AMENDMENT_ID, VAR_PROPOSED_BY, VAR_ANSWER, VAR_ANSWER_REASON, VAR_ANSWERED_BY})
  static class RecordAnswer implements ExternalTaskHandler {

    private final AmendmentService amendments;
    private final Clock clock;

    RecordAnswer(AmendmentService amendments, Clock clock) {
      this.amendments = amendments;
      this.clock = clock;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
      try {
        amendments.answer(ContractTaskVariables.id(task, VAR_AMENDMENT_ID), proposedBy(task).other(),
            ContractTaskVariables.string(task, VAR_ANSWERED_BY), ACCEPT.equals(task.getVariable(VAR_ANSWER)),
            ContractTaskVariables.string(task, VAR_ANSWER_REASON), clock.instant());
      } catch (RuntimeException e) {
        TaskFailures.handle(task, service, e);
        return;
      }
      service.complete(task);
    }
  }

  /** amendment.recordLapse: nobody answered within the 10 working days */
  @Component
  @ExternalTaskSubscription(topicName = TOPIC_RECORD_LAPSE, variableNames = {VAR_AMENDMENT_ID})
  static class RecordLapse implements ExternalTaskHandler {

    private final AmendmentService amendments;

    RecordLapse(AmendmentService amendments) {
      this.amendments = amendments;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
      try {
        amendments.lapse(ContractTaskVariables.id(task, VAR_AMENDMENT_ID), LAPSE_REASON);
      } catch (RuntimeException e) {
        TaskFailures.handle(task, service, e);
        return;
      }
      service.complete(task, Map.of(VAR_CLOSING_REASON, LAPSE_REASON));
    }
  }

  /** amendment.recordTermDecision: the finance bureau on a shortened term */
  @Component
  @ExternalTaskSubscription(topicName = TOPIC_RECORD_TERM_DECISION,
      variableNames = {VAR_AMENDMENT_ID, VAR_TERM_DECISION, VAR_TERM_DECISION_REASON, VAR_TERM_DECIDED_BY})
  static class RecordTermDecision implements ExternalTaskHandler {

    private final AmendmentService amendments;
    private final Clock clock;

    RecordTermDecision(AmendmentService amendments, Clock clock) {
      this.amendments = amendments;
      this.clock = clock;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
      try {
        amendments.decideTerm(ContractTaskVariables.id(task, VAR_AMENDMENT_ID),
            APPROVE.equals(task.getVariable(VAR_TERM_DECISION)), ContractTaskVariables.string(task, VAR_TERM_DECIDED_BY),
            ContractTaskVariables.string(task, VAR_TERM_DECISION_REASON), clock.instant());
      } catch (RuntimeException e) {
        TaskFailures.handle(task, service, e);
        return;
      }
      service.complete(task);
    }
  }

  /**
   * amendment.takeEffect: the contract and its unpaid instalments change and it is re-published;
   * a change that breaks a rule by now ends as Error_AmendmentVoid with the reason.
   */
  @Component
  @ExternalTaskSubscription(topicName = TOPIC_TAKE_EFFECT, variableNames = {VAR_AMENDMENT_ID})
  static class TakeEffect implements ExternalTaskHandler {

    private final AmendmentService amendments;
    private final Clock clock;

    TakeEffect(AmendmentService amendments, Clock clock) {
      this.amendments = amendments;
      this.clock = clock;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
      AmendmentView a;
      try {
        a = amendments.takeEffect(ContractTaskVariables.id(task, VAR_AMENDMENT_ID), clock.instant());
      } catch (RuntimeException e) {
        TaskFailures.handle(task, service, e);
        return;
      }
      if (a.status() == AmendmentStatus.VOID) {
        service.handleBpmnError(task, ERROR_AMENDMENT_VOID, a.closingReason(), Map.of(VAR_CLOSING_REASON, a.closingReason()));
        return;
      }
      service.complete(task);
    }
  }
}

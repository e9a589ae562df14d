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
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * amendment.register: shows the proposal to the other side. One writer per proposal: the agency's
 * (started in Tasklist) is recorded here, keyed on the process instance; the supplier's was
 * recorded by the supplier API in the transaction that started this instance, so here it is only
 * read.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_REGISTER, variableNames = {VAR_CONTRACT_ID, VAR_PROPOSED_BY, VAR_PROPOSER,
    VAR_NEW_AMOUNT, VAR_NEW_TERM_END, "instalment1Amount", "instalment1DueDate", "instalment2Amount",
    "instalment2DueDate", "instalment3Amount", "instalment3DueDate", "instalment4Amount", "instalment4DueDate",
    VAR_FUNDS_USE, VAR_REASON})
class RegisterAmendmentWorker implements ExternalTaskHandler {

  private final AmendmentService amendments;
  private final Clock clock;

  RegisterAmendmentWorker(AmendmentService amendments, Clock clock) {
    this.amendments = amendments;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Map<String, Object> variables;
    try {
      AmendmentView a = proposedBy(task) == ContractSide.SUPPLIER ? recordedByTheApi(task) : record(task);
      variables = Map.of(VAR_AMENDMENT_ID, a.id(), VAR_AMENDMENT_SEQ, a.seq(), VAR_PROCUREMENT_NO, a.procurementNo(),
          VAR_SUMMARY, amendments.summary(a.id()), VAR_SHORTENS_TERM, a.shortensTerm());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, variables);
  }

  private AmendmentView record(ExternalTask task) {
    AmendmentForm form = AmendmentForm.read(task::getVariable);
    if (!form.problems().isEmpty()) {
      throw new IllegalStateException("the proposal passed its start check but reads wrong now: " + form.problems());
    }
    return amendments.propose(task.getProcessInstanceId(), TaskVariables.id(task, VAR_CONTRACT_ID),
        ContractSide.AGENCY, TaskVariables.string(task, VAR_PROPOSER), form.proposal(), clock.instant());
  }

  private AmendmentView recordedByTheApi(ExternalTask task) {
    return amendments.registered(task.getProcessInstanceId()).orElseThrow(() -> new IllegalStateException(
        "the supplier API started " + task.getProcessInstanceId() + " without recording its proposal"));
  }

  static ContractSide proposedBy(ExternalTask task) {
    return ContractSide.valueOf(TaskVariables.string(task, VAR_PROPOSED_BY));
  }
}

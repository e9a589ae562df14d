package org.govpurchase.contract;

import static org.govpurchase.contract.AmendmentProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/** amendment.recordTermDecision: the finance bureau on a shortened term; sets nothing. */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_TERM_DECISION,
    variableNames = {VAR_AMENDMENT_ID, VAR_TERM_DECISION, VAR_TERM_DECISION_REASON, VAR_TERM_DECIDED_BY})
class RecordTermDecisionWorker implements ExternalTaskHandler {

  private final AmendmentService amendments;
  private final Clock clock;

  RecordTermDecisionWorker(AmendmentService amendments, Clock clock) {
    this.amendments = amendments;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      amendments.decideTerm(TaskVariables.id(task, VAR_AMENDMENT_ID), APPROVE.equals(task.getVariable(VAR_TERM_DECISION)),
          TaskVariables.string(task, VAR_TERM_DECIDED_BY), TaskVariables.string(task, VAR_TERM_DECISION_REASON),
          clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

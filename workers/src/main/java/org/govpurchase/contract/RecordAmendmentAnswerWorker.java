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

/**
 * amendment.recordAnswer: the agency's answer from Tasklist. The supplier's answer never comes here:
 * the supplier API records it and correlates in one transaction, and the model joins after this step.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_ANSWER,
    variableNames = {VAR_AMENDMENT_ID, VAR_ANSWER, VAR_ANSWER_REASON, VAR_ANSWERED_BY})
class RecordAmendmentAnswerWorker implements ExternalTaskHandler {

  private final AmendmentService amendments;
  private final Clock clock;

  RecordAmendmentAnswerWorker(AmendmentService amendments, Clock clock) {
    this.amendments = amendments;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      amendments.answer(TaskVariables.id(task, VAR_AMENDMENT_ID), ContractSide.AGENCY,
          TaskVariables.string(task, VAR_ANSWERED_BY), ACCEPT.equals(task.getVariable(VAR_ANSWER)),
          TaskVariables.string(task, VAR_ANSWER_REASON), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

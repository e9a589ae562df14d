package org.govpurchase.acceptance;

import static org.govpurchase.acceptance.AcceptanceProcess.*;

import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.ClientValues;
import org.govpurchase.acceptance.AcceptanceService.Preparation;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * acceptance.prepare: the next round (acceptanceRound + 1) and its form: the contract in a
 * sentence and one row per service standard of the contract, without verdicts. Only reads, so a
 * second run gives the same.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PREPARE, variableNames = {VAR_CONTRACT_ID, VAR_ROUND})
class PrepareAcceptanceWorker implements ExternalTaskHandler {

  private final AcceptanceService acceptances;

  PrepareAcceptanceWorker(AcceptanceService acceptances) {
    this.acceptances = acceptances;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Map<String, Object> variables;
    try {
      Long previous = TaskVariables.optionalId(task, VAR_ROUND);
      int round = previous == null ? 1 : previous.intValue() + 1;
      Preparation form = acceptances.prepare(TaskVariables.id(task, VAR_CONTRACT_ID), round);
      variables = Map.of(VAR_ROUND, round, VAR_SUMMARY, form.summary(),
          VAR_STANDARD_VERDICTS, ClientValues.jsonValue(form.verdictsJson()));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, variables);
  }
}

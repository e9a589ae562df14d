package org.govpurchase.acceptance;

import static org.govpurchase.acceptance.AcceptanceProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.acceptance.AcceptanceService.Recorded;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * acceptance.recordReport: records the round's acceptance report (keyed on contract and round, so
 * a second run writes nothing and returns the first); a passed report is thereby published at
 * /api/public/acceptances, a failed one gets the supplier's rectification deadline
 * (rectificationDeadline), which the process waits for before the next round.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_REPORT, variableNames = {VAR_CONTRACT_ID, VAR_ROUND,
    VAR_STANDARD_VERDICTS, VAR_PUBLIC_SERVICE, VAR_PEOPLE_SERVED_TOOK_PART, VAR_PEOPLE_SERVED_OPINIONS,
    VAR_ACCEPTANCE_RESULT, VAR_ACCEPTANCE_REPORT, VAR_ACCEPTANCE_OFFICER})
class RecordAcceptanceWorker implements ExternalTaskHandler {

  private final AcceptanceService acceptances;
  private final Clock clock;

  RecordAcceptanceWorker(AcceptanceService acceptances, Clock clock) {
    this.acceptances = acceptances;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Map<String, Object> variables = new HashMap<>();
    try {
      AcceptanceReport report = AcceptanceReport.of(task.getVariable(VAR_STANDARD_VERDICTS),
          task.getVariable(VAR_PUBLIC_SERVICE), task.getVariable(VAR_PEOPLE_SERVED_TOOK_PART),
          task.getVariable(VAR_PEOPLE_SERVED_OPINIONS), task.getVariable(VAR_ACCEPTANCE_RESULT),
          task.getVariable(VAR_ACCEPTANCE_REPORT));
      Recorded recorded = acceptances.record(TaskVariables.id(task, VAR_CONTRACT_ID),
          (int) TaskVariables.id(task, VAR_ROUND), report, TaskVariables.text(task, VAR_ACCEPTANCE_OFFICER),
          clock.instant());
      variables.put(VAR_ACCEPTANCE_RESULT, recorded.result());
      if (recorded.rectificationDeadline() != null) {
        variables.put(VAR_RECTIFICATION_DEADLINE, Date.from(recorded.rectificationDeadline()));
      }
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, variables);
  }
}

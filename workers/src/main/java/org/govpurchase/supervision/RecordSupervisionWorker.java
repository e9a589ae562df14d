package org.govpurchase.supervision;

import java.util.Objects;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * supervision.recordAction: writes the supervision just completed into the register (督办台账).
 * Idempotent: the service keys the row on this task's (process instance, activity instance).
 */
@Component
@ExternalTaskSubscription(topicName = SupervisionTopics.TOPIC_RECORD_ACTION,
    variableNames = {SupervisionTopics.VAR_SUPERVISION_ACTION, SupervisionTopics.VAR_SUPERVISION_NOTE,
        SupervisionTopics.VAR_SUPERVISOR, SupervisionTopics.VAR_OVERDUE_ACTIVITY,
        SupervisionTopics.VAR_SUPERVISION_SUBJECT})
class RecordSupervisionWorker implements ExternalTaskHandler {

  /** Incident details: where the bad value comes from. */
  static final String INVALID_SUPERVISION_HINT = "督办记录无效：请检查督办表单的取值或服务任务的输入映射（"
      + SupervisionTopics.VAR_OVERDUE_ACTIVITY + "、" + SupervisionTopics.VAR_SUPERVISION_SUBJECT
      + "），修正流程变量后重试 / invalid supervision: check the form values or the service task's input mapping ("
      + SupervisionTopics.VAR_OVERDUE_ACTIVITY + ", " + SupervisionTopics.VAR_SUPERVISION_SUBJECT
      + "), fix the process variables, then retry";

  private final SupervisionService supervision;

  RecordSupervisionWorker(SupervisionService supervision) {
    this.supervision = supervision;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      supervision.record(new NewSupervision(
          task.getProcessInstanceId(),
          task.getActivityInstanceId(),
          task.getProcessDefinitionKey(),
          task.getBusinessKey(),
          text(task, SupervisionTopics.VAR_OVERDUE_ACTIVITY),
          text(task, SupervisionTopics.VAR_SUPERVISION_SUBJECT),
          text(task, SupervisionTopics.VAR_SUPERVISION_ACTION),
          text(task, SupervisionTopics.VAR_SUPERVISION_NOTE),
          text(task, SupervisionTopics.VAR_SUPERVISOR)));
    } catch (InvalidRequestException e) {
      // The variables are wrong (an action outside the form's choices, an empty note, a missing
      // input mapping): running the task again would fail the same way, so no retries. The engine
      // raises an incident at once, with the reason, for an operator to fix the variables and retry.
      service.handleFailure(task, e.getMessage(), INVALID_SUPERVISION_HINT, 0, 0L);
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }

  /** A variable as text whatever its type, so a wrongly typed value is reported, not a ClassCastException. */
  private static String text(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    return Objects.toString(value, null);
  }
}

package org.govpurchase.supervision;

import static org.govpurchase.supervision.SupervisionProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/**
 * supervision.recordAction: writes the supervision just completed into the register (督办台账), with
 * who was late, since when, the due date (found when the Supervision started) and the working days
 * late now, when the supervisor acted. Idempotent: the service keys the row on this task's
 * (process instance, activity instance).
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_ACTION,
    variableNames = {VAR_SUPERVISION_ACTION, VAR_SUPERVISION_NOTE, VAR_SUPERVISOR, VAR_OVERDUE_ACTIVITY,
        VAR_SUPERVISION_SUBJECT, VAR_OVERDUE_PROCESS_KEY, VAR_OVERDUE_PROCESS_INSTANCE_ID, VAR_LATE_PARTY,
        VAR_LATE_SINCE, VAR_DUE_DATE})
class RecordSupervisionWorker implements ExternalTaskHandler {

  /** Incident details: where the bad value comes from. */
  static final String INVALID_SUPERVISION_HINT = "督办记录无效：请检查督办表单的取值或调用活动的输入映射（"
      + VAR_OVERDUE_ACTIVITY + "、" + VAR_SUPERVISION_SUBJECT
      + "），修正流程变量后重试 / invalid supervision: check the form values or the call activity's input mapping ("
      + VAR_OVERDUE_ACTIVITY + ", " + VAR_SUPERVISION_SUBJECT + "), fix the process variables, then retry";

  private final SupervisionService supervision;
  private final Clock clock;
  private final WorkingDays workingDays;

  RecordSupervisionWorker(SupervisionService supervision, Clock clock, WorkingDays workingDays) {
    this.supervision = supervision;
    this.clock = clock;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      supervision.record(supervisionOf(task));
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

  private NewSupervision supervisionOf(ExternalTask task) {
    Date dueDate = date(task, VAR_DUE_DATE);
    Integer workingDaysLate = dueDate == null ? null
        : LateSteps.workingDaysLate(workingDays, dueDate, Date.from(clock.instant()));
    LateStep late = new LateStep(TaskVariables.string(task, VAR_OVERDUE_PROCESS_INSTANCE_ID),
        TaskVariables.string(task, VAR_LATE_PARTY), instant(date(task, VAR_LATE_SINCE)), instant(dueDate),
        workingDaysLate);
    return new NewSupervision(
        task.getProcessInstanceId(),
        task.getActivityInstanceId(),
        // the late process, not Supervision: the register is read by the process that was late
        StringUtils.defaultIfBlank(TaskVariables.string(task, VAR_OVERDUE_PROCESS_KEY), task.getProcessDefinitionKey()),
        task.getBusinessKey(),
        TaskVariables.string(task, VAR_OVERDUE_ACTIVITY),
        TaskVariables.string(task, VAR_SUPERVISION_SUBJECT),
        TaskVariables.string(task, VAR_SUPERVISION_ACTION),
        TaskVariables.string(task, VAR_SUPERVISION_NOTE),
        TaskVariables.string(task, VAR_SUPERVISOR),
        late);
  }

  /** A date variable; anything else is a broken mapping, reported as such, not a ClassCastException. */
  private static Date date(ExternalTask task, String name) {
    Object value = task.getVariable(name);
    if (value == null || value instanceof Date) {
      return (Date) value;
    }
    throw new InvalidRequestException(name + " 须为日期 / must be a date: " + value);
  }

  private static Instant instant(Date date) {
    return date == null ? null : Instant.ofEpochMilli(date.getTime());
  }
}

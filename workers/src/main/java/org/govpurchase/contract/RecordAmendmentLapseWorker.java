package org.govpurchase.contract;

import static org.govpurchase.contract.AmendmentProcess.*;

import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.worker.TaskFailures;
import org.govpurchase.worker.TaskVariables;
import org.springframework.stereotype.Component;

/** amendment.recordLapse: nobody answered within periods.amendmentAnswerWorkingDays; sets the closing reason. */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_LAPSE, variableNames = {VAR_AMENDMENT_ID})
class RecordAmendmentLapseWorker implements ExternalTaskHandler {

  private final AmendmentService amendments;
  private final StatutoryPeriods periods;

  RecordAmendmentLapseWorker(AmendmentService amendments, StatutoryPeriods periods) {
    this.amendments = amendments;
    this.periods = periods;
  }

  String lapseReason() {
    return "对方未在" + periods.getAmendmentAnswerWorkingDays() + "个工作日内答复";
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    String reason = lapseReason();
    try {
      amendments.lapse(TaskVariables.id(task, VAR_AMENDMENT_ID), reason);
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_CLOSING_REASON, reason));
  }
}

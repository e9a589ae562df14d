package org.govpurchase.evaluation;

import static org.govpurchase.evaluation.EvaluationProcess.*;

import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * evaluation.writeReport: comprehensive scoring of the qualified bids with every serving expert's
 * scores, stored as the procurement's evaluation report (the first one stands: running twice returns
 * it). Sets awardSummary, the text the buyer confirms on Task_ConfirmAward.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_WRITE_REPORT,
    variableNames = {VAR_PROCUREMENT_NO, VAR_TENDER_ID, VAR_QUALIFIED_BID_IDS})
class WriteReportWorker implements ExternalTaskHandler {

  private final EvaluationReportWriter writer;

  WriteReportWorker(EvaluationReportWriter writer) {
    this.writer = writer;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    EvaluationReportWriter.Written written;
    try {
      written = writer.write(EvaluationTaskVariables.text(task, VAR_PROCUREMENT_NO),
          TaskVariables.id(task, VAR_TENDER_ID), EvaluationTaskVariables.ids(task, VAR_QUALIFIED_BID_IDS));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_AWARD_SUMMARY, written.awardSummary()));
  }
}

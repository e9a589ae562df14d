package org.govpurchase.tender;

import org.govpurchase.worker.ProcessLists;
import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.tender.QualificationReview.Conclusion;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * tender.concludeQualification: counts the finally qualified bids; fewer than the method needs
 * ({@link QualificationReview#minimumQualified}) fails the tender (废标). Sets
 * {@code qualifiedBidIds} (by bid id), {@code qualifiedCount}, {@code minimumQualified} and
 * {@code tenderFailed}. A second run gives the same answer.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_CONCLUDE_QUALIFICATION,
    variableNames = {VAR_TENDER_ID, VAR_PROCUREMENT_METHOD})
class ConcludeQualificationWorker implements ExternalTaskHandler {

  private final QualificationReview review;
  private final Clock clock;

  ConcludeQualificationWorker(QualificationReview review, Clock clock) {
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Conclusion conclusion;
    try {
      conclusion = review.conclude(TaskVariables.id(task, VAR_TENDER_ID),
          TenderTaskVariables.method(task, VAR_PROCUREMENT_METHOD), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_QUALIFIED_BID_IDS, ProcessLists.of(conclusion.qualifiedBidIds()));
    variables.put(VAR_QUALIFIED_COUNT, conclusion.qualifiedCount());
    variables.put(VAR_MINIMUM_QUALIFIED, conclusion.minimumQualified());
    variables.put(VAR_TENDER_FAILED, conclusion.tenderFailed());
    service.complete(task, variables);
  }
}

package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.tender.QualificationReview.Result;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * tender.checkQualification: checks one bidder's seven conditions and status on the Beijing date of
 * the bid deadline and stores the result (keyed on the bid: a second run returns the first check);
 * sets {@code autoQualified} and {@code unmetReasons} (one per line, "" when qualified) for the
 * registration authority's review. Runs in the multi-instance subprocess: the variables are local.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_CHECK_QUALIFICATION, variableNames = {VAR_BID_ID})
class CheckQualificationWorker implements ExternalTaskHandler {

  private final QualificationReview review;
  private final Clock clock;

  CheckQualificationWorker(QualificationReview review, Clock clock) {
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Result result;
    try {
      result = review.check(TaskVariables.id(task, VAR_BID_ID), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_AUTO_QUALIFIED, result.autoQualified());
    variables.put(VAR_UNMET_REASONS, result.unmetReasons());
    service.complete(task, variables);
  }
}

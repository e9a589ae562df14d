package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * tender.recordQualification: stores the registration authority's decision on one bid, CONFIRM
 * (the automatic result stands) or OVERRIDE (reversed, with a reason). The form's check
 * (qualificationReviewCheck) refuses bad input before, so a refusal here is a fault for Cockpit.
 * The same decision again changes nothing.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_QUALIFICATION,
    variableNames = {VAR_BID_ID, VAR_QUALIFICATION_DECISION, VAR_OVERRIDE_REASON, VAR_QUALIFICATION_REVIEWER})
class RecordQualificationWorker implements ExternalTaskHandler {

  private final QualificationReview review;
  private final Clock clock;

  RecordQualificationWorker(QualificationReview review, Clock clock) {
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      review.decide(TaskVariables.id(task, VAR_BID_ID),
          TenderTaskVariables.text(task, VAR_QUALIFICATION_DECISION),
          TenderTaskVariables.text(task, VAR_OVERRIDE_REASON),
          TenderTaskVariables.text(task, VAR_QUALIFICATION_REVIEWER), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

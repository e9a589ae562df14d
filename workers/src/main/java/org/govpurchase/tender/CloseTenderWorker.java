package org.govpurchase.tender;

import org.govpurchase.worker.ProcessLists;
import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.tender.TenderViews.Closing;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * tender.close (截标): when the deadline has come, closes the tender and sets the submitted bids
 * ({@code bidIds}) with {@code tenderClosed = true}; when a clarification moved the deadline later,
 * sets {@code tenderClosed = false} and the new {@code bidDeadline} for the timer to wait again.
 * Closing a closed tender again returns the same bids.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_CLOSE, variableNames = {VAR_TENDER_ID})
class CloseTenderWorker implements ExternalTaskHandler {

  private final TenderService tenders;
  private final Clock clock;

  CloseTenderWorker(TenderService tenders, Clock clock) {
    this.tenders = tenders;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    Closing closing;
    try {
      closing = tenders.closeIfDue(TaskVariables.id(task, VAR_TENDER_ID), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_TENDER_CLOSED, closing.closed());
    variables.put(VAR_BID_DEADLINE, Date.from(closing.bidDeadline()));
    if (closing.closed()) {
      variables.put(VAR_BID_IDS, ProcessLists.of(closing.bidIds()));
    }
    service.complete(task, variables);
  }
}

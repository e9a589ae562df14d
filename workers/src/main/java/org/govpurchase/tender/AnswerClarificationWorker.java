package org.govpurchase.tender;

import static org.govpurchase.tender.TenderingProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * tender.answerClarification: publishes the buyer's answer; issued later than 15 days before the
 * deadline it moves the deadline [law] (tender.close then makes the timer wait again). Keyed on
 * the clarification: the same answer again changes nothing. When the tender no longer takes
 * answers (closed, past the deadline) or the answer is refused, the BPMN error
 * {@link TenderingProcess#ERROR_CLARIFICATION_CLOSED} with the reason as its message.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_ANSWER_CLARIFICATION,
    variableNames = {VAR_CLARIFICATION_ID, VAR_CLARIFICATION_ANSWER, VAR_CLARIFICATION_ANSWERED_BY})
class AnswerClarificationWorker implements ExternalTaskHandler {

  private final TenderService tenders;
  private final Clock clock;

  AnswerClarificationWorker(TenderService tenders, Clock clock) {
    this.tenders = tenders;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      tenders.answerClarification(TaskVariables.id(task, VAR_CLARIFICATION_ID),
          TenderTaskVariables.text(task, VAR_CLARIFICATION_ANSWER),
          TenderTaskVariables.text(task, VAR_CLARIFICATION_ANSWERED_BY), clock.instant());
    } catch (InvalidRequestException | TenderConflictException e) {
      service.handleBpmnError(task, ERROR_CLARIFICATION_CLOSED, e.getMessage());
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

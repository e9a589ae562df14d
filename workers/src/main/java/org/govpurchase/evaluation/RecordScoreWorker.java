package org.govpurchase.evaluation;

import static org.govpurchase.evaluation.EvaluationProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * evaluation.recordScore: stores one expert's three scores and comment for one bid (an upsert on
 * bid, expert and criterion: running twice changes nothing). The form check (scoreCheck) has already
 * refused bad scores; a score the service still refuses, or a user who is not a serving member of
 * the procurement's committee, is a technical fault with the service's message.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_SCORE,
    variableNames = {VAR_TENDER_ID, VAR_PROCUREMENT_NO, VAR_EXPERT_USER_ID, VAR_BID_ID, VAR_SCORE_PROPOSAL,
        VAR_SCORE_CAPACITY, VAR_SCORE_PRICE, VAR_SCORE_COMMENT})
class RecordScoreWorker implements ExternalTaskHandler {

  private final ExpertScores scores;
  private final Clock clock;

  RecordScoreWorker(ExpertScores scores, Clock clock) {
    this.scores = scores;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      Object comment = task.getVariable(VAR_SCORE_COMMENT);
      scores.record(EvaluationTaskVariables.text(task, VAR_PROCUREMENT_NO),
          TaskVariables.id(task, VAR_TENDER_ID),
          EvaluationTaskVariables.text(task, VAR_EXPERT_USER_ID),
          TaskVariables.id(task, VAR_BID_ID),
          EvaluationTaskVariables.decimal(task, VAR_SCORE_PROPOSAL),
          EvaluationTaskVariables.decimal(task, VAR_SCORE_CAPACITY),
          EvaluationTaskVariables.decimal(task, VAR_SCORE_PRICE),
          comment == null ? null : comment.toString(), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

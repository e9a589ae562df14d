package org.govpurchase.evaluation;

import org.govpurchase.worker.ProcessLists;
import static org.govpurchase.evaluation.EvaluationProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * evaluation.seatCommittee: after every attendance is settled, scorerUserIds := the serving
 * members' users (replacements included), in seat order: the scoring tasks' assignees.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_SEAT_COMMITTEE, variableNames = {VAR_COMMITTEE_DRAW_ID})
class SeatCommitteeWorker implements ExternalTaskHandler {

  private final TenderCommittee committees;

  SeatCommitteeWorker(TenderCommittee committees) {
    this.committees = committees;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    List<String> scorers;
    try {
      scorers = committees.seat(TaskVariables.id(task, VAR_COMMITTEE_DRAW_ID));
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_SCORER_USER_IDS, ProcessLists.of(scorers)));
  }
}

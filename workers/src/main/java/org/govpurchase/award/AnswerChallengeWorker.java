package org.govpurchase.award;

import static org.govpurchase.award.AwardProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * award.answerChallenge: records the buyer's answer to the challenge (the model's gateway then
 * follows challengeDecision). Answering again with the same answer changes nothing.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_ANSWER_CHALLENGE,
    variableNames = {VAR_CHALLENGE_ID, VAR_CHALLENGE_DECISION, VAR_CHALLENGE_ANSWER, VAR_CHALLENGE_ANSWERED_BY})
class AnswerChallengeWorker implements ExternalTaskHandler {

  private final AwardService awards;
  private final Clock clock;

  AnswerChallengeWorker(AwardService awards, Clock clock) {
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      awards.answerChallenge(AwardTaskVariables.challengeId(task),
          AwardInputs.decision(task.getVariable(VAR_CHALLENGE_DECISION)),
          TaskVariables.string(task, VAR_CHALLENGE_ANSWER),
          TaskVariables.string(task, VAR_CHALLENGE_ANSWERED_BY), clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

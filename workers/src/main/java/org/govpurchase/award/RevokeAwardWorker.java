package org.govpurchase.award;

import static org.govpurchase.award.AwardProcess.*;

import java.time.Clock;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/** award.revoke: a challenge was upheld and the procurement is tendered again; the award is revoked. */
@Component
@ExternalTaskSubscription(topicName = TOPIC_REVOKE_AWARD, variableNames = {VAR_PROCUREMENT_NO, VAR_PLAN_NO})
class RevokeAwardWorker implements ExternalTaskHandler {

  private final AwardService awards;
  private final Clock clock;

  RevokeAwardWorker(AwardService awards, Clock clock) {
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    try {
      awards.revoke(AwardTaskVariables.procurementNo(task), AwardService.RETENDER_REASON, clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task);
  }
}

package org.govpurchase.award;

import static org.govpurchase.award.AwardProcess.*;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.award.AwardViews.AwardView;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;

/**
 * award.moveToNextRanked: a challenge was upheld; the award is revoked and the next ranked bid
 * proposed for confirmation (awardSummary). None left: Error_NoNextRanked.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_MOVE_TO_NEXT_RANKED, variableNames = {VAR_PROCUREMENT_NO, VAR_PLAN_NO})
class MoveToNextRankedWorker implements ExternalTaskHandler {

  private final AwardService awards;
  private final Clock clock;

  MoveToNextRankedWorker(AwardService awards, Clock clock) {
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    AwardView award;
    String summary;
    try {
      award = awards.moveToNextRanked(AwardTaskVariables.procurementNo(task), AwardService.NEXT_RANKED_REASON,
          clock.instant());
      summary = awards.proposedSummary(award.procurementNo());
    } catch (NoNextRankedException e) {
      service.handleBpmnError(task, ERROR_NO_NEXT_RANKED, e.getMessage());
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_AWARD_ID, award.id(), VAR_AWARD_SUMMARY, summary));
  }
}

package org.govpurchase.award;

import static org.govpurchase.award.AwardProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.award.AwardViews.AwardView;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * award.publish: confirms and announces the award (from the evaluation report's first place
 * when none is proposed yet), unseals the committee, marks the tender AWARDED; announcedAt
 * starts the challenge period. Publishing again returns the same announcement.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PUBLISH_AWARD,
    variableNames = {VAR_PROCUREMENT_NO, VAR_PLAN_NO, VAR_TENDER_ID, VAR_AWARD_CONFIRMED_BY, VAR_AWARD_COMMENT})
class PublishAwardWorker implements ExternalTaskHandler {

  private final AwardService awards;
  private final Clock clock;

  PublishAwardWorker(AwardService awards, Clock clock) {
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    AwardView award;
    try {
      award = awards.publish(AwardTaskVariables.procurementNo(task), AwardTaskVariables.tenderId(task),
          TaskVariables.string(task, VAR_AWARD_CONFIRMED_BY), TaskVariables.string(task, VAR_AWARD_COMMENT),
          clock.instant());
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    service.complete(task, Map.of(VAR_AWARD_ID, award.id(), VAR_ANNOUNCED_AT, Date.from(award.announcedAt())));
  }
}

package org.govpurchase.award;

import static org.govpurchase.award.AwardProcess.*;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
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
 * award.publicizeSingleSource: the buyer's chosen supplier is publicized for 5 working days
 * (publicityEnds, for the timer) under the plan number; the summary is for the confirmation
 * form. A refused choice goes back to the form (Error_AwardRefused, message in awardRefusal).
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_PUBLICIZE_SINGLE_SOURCE,
    variableNames = {VAR_PLAN_ID, VAR_PLAN_NO, VAR_CHOSEN_SUPPLIER_CODE, VAR_CHOSEN_PRICE, VAR_CHOICE_JUSTIFICATION,
        AwardTaskVariables.VAR_CHOICE_RECORDED_BY, VAR_AWARD_CONFIRMED_BY})
class PublicizeSingleSourceWorker implements ExternalTaskHandler {

  private final AwardService awards;
  private final Clock clock;

  PublicizeSingleSourceWorker(AwardService awards, Clock clock) {
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    AwardView award;
    String summary;
    try {
      award = awards.publicizeSingleSource(AwardTaskVariables.planId(task), AwardTaskVariables.planNo(task),
          TaskVariables.string(task, VAR_CHOSEN_SUPPLIER_CODE),
          AwardInputs.price(task.getVariable(VAR_CHOSEN_PRICE)),
          TaskVariables.string(task, VAR_CHOICE_JUSTIFICATION),
          AwardTaskVariables.recordedBy(task), clock.instant());
      summary = awards.proposedSummary(award.procurementNo());
    } catch (AwardRefusedException | AwardConflictException e) {
      service.handleBpmnError(task, ERROR_AWARD_REFUSED, e.getMessage(), Map.of(VAR_AWARD_REFUSAL, e.getMessage()));
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_AWARD_ID, award.id());
    variables.put(VAR_PUBLICITY_ENDS, Date.from(award.publicityEnds()));
    variables.put(VAR_AWARD_SUMMARY, summary);
    variables.put(VAR_AWARD_REFUSAL, null);
    service.complete(task, variables);
  }
}

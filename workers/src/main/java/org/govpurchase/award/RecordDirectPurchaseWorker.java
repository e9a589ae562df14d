package org.govpurchase.award;

import static org.govpurchase.award.AwardProcess.*;

import java.time.Clock;
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
 * award.recordDirectPurchase: the buyer's chosen supplier becomes a PROPOSED direct purchase
 * award, which award.publish announces. A refused choice goes back to the form
 * (Error_AwardRefused, message in awardRefusal).
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_RECORD_DIRECT_PURCHASE,
    variableNames = {VAR_PLAN_ID, VAR_PLAN_NO, VAR_CHOSEN_SUPPLIER_CODE, VAR_CHOSEN_PRICE, VAR_CHOICE_JUSTIFICATION,
        AwardTaskVariables.VAR_CHOICE_RECORDED_BY, VAR_AWARD_CONFIRMED_BY})
class RecordDirectPurchaseWorker implements ExternalTaskHandler {

  private final AwardService awards;
  private final Clock clock;

  RecordDirectPurchaseWorker(AwardService awards, Clock clock) {
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    AwardView award;
    try {
      award = awards.recordDirectPurchase(AwardTaskVariables.planId(task), AwardTaskVariables.planNo(task),
          TaskVariables.string(task, VAR_CHOSEN_SUPPLIER_CODE),
          AwardInputs.price(task.getVariable(VAR_CHOSEN_PRICE)),
          TaskVariables.string(task, VAR_CHOICE_JUSTIFICATION),
          AwardTaskVariables.recordedBy(task), clock.instant());
    } catch (AwardRefusedException | AwardConflictException e) {
      service.handleBpmnError(task, ERROR_AWARD_REFUSED, e.getMessage(), Map.of(VAR_AWARD_REFUSAL, e.getMessage()));
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_AWARD_ID, award.id());
    variables.put(VAR_AWARD_REFUSAL, null);
    service.complete(task, variables);
  }
}

package org.govpurchase.evaluation;

import org.govpurchase.worker.ProcessLists;
import static org.govpurchase.evaluation.EvaluationProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * evaluation.drawCommittee: draws the evaluation committee at random from the expert pool, keyed on
 * the procurement number (a second run returns the first draw), with the plan's budget and the
 * qualified bids' organizations for recusal. Sets committeeDrawId, committeeUserIds (the members'
 * users, in seat order: the attendance tasks' assignees) and bidderNames.
 *
 * <p>A pool too small after recusal ({@link CommitteeDrawException}) or a drawn member without a
 * platform login is an incident with a clear message: an administrator fixes the pool and retries.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_DRAW_COMMITTEE,
    variableNames = {VAR_PROCUREMENT_NO, VAR_PLAN_ID, VAR_TENDER_ID, VAR_COMMITTEE_SPECIALTIES,
        VAR_QUALIFIED_BID_IDS, VAR_BID_DEADLINE})
class DrawCommitteeWorker implements ExternalTaskHandler {

  private final TenderCommittee committees;

  DrawCommitteeWorker(TenderCommittee committees) {
    this.committees = committees;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    TenderCommittee.Drawn drawn;
    try {
      drawn = committees.draw(EvaluationTaskVariables.text(task, VAR_PROCUREMENT_NO),
          TaskVariables.id(task, VAR_PLAN_ID),
          TaskVariables.id(task, VAR_TENDER_ID),
          EvaluationTaskVariables.specialties(task, VAR_COMMITTEE_SPECIALTIES),
          EvaluationTaskVariables.ids(task, VAR_QUALIFIED_BID_IDS),
          EvaluationTaskVariables.instant(task, VAR_BID_DEADLINE));
    } catch (CommitteeDrawException e) {
      TaskFailures.handle(task, service, new IllegalStateException("评标委员会抽取失败，请补充专家库后重试："
          + e.getMessage(), e));
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_COMMITTEE_DRAW_ID, drawn.committeeDrawId());
    variables.put(VAR_COMMITTEE_USER_IDS, ProcessLists.of(drawn.committeeUserIds()));
    variables.put(VAR_BIDDER_NAMES, drawn.bidderNames());
    service.complete(task, variables);
  }
}

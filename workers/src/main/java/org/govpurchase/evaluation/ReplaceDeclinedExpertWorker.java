package org.govpurchase.evaluation;

import static org.govpurchase.evaluation.EvaluationProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.worker.TaskFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.govpurchase.worker.TaskVariables;

/**
 * evaluation.replaceDeclinedExpert: the member who declined gives the seat to the first suitable
 * standby; the attendance task goes to the standby (expertUserId := the standby's user, decision
 * and reason cleared). Running twice for the same decliner gives the same standby. No suitable
 * standby left is an incident ({@value #NO_STANDBY_LEFT}): an administrator must act.
 */
@Component
@ExternalTaskSubscription(topicName = TOPIC_REPLACE_DECLINED_EXPERT,
    variableNames = {VAR_COMMITTEE_DRAW_ID, VAR_EXPERT_USER_ID, VAR_DECLINE_REASON})
class ReplaceDeclinedExpertWorker implements ExternalTaskHandler {

  static final String NO_STANDBY_LEFT = "备选专家已用完";

  private static final Logger LOG = LoggerFactory.getLogger(ReplaceDeclinedExpertWorker.class);

  private final TenderCommittee committees;

  ReplaceDeclinedExpertWorker(TenderCommittee committees) {
    this.committees = committees;
  }

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    String standby;
    try {
      long drawId = TaskVariables.id(task, VAR_COMMITTEE_DRAW_ID);
      String decliner = EvaluationTaskVariables.text(task, VAR_EXPERT_USER_ID);
      standby = committees.replaceDeclined(drawId, decliner);
      // the reason stays in the process history (variable declineReason of the attendance task)
      LOG.info("Committee draw {}: {} declined ({}), {} takes the seat", drawId, decliner,
          task.<Object>getVariable(VAR_DECLINE_REASON), standby);
    } catch (CommitteeDrawException e) {
      TaskFailures.handle(task, service, new IllegalStateException(NO_STANDBY_LEFT, e));
      return;
    } catch (RuntimeException e) {
      TaskFailures.handle(task, service, e);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_EXPERT_USER_ID, standby);
    variables.put(VAR_ATTENDANCE_DECISION, null);
    variables.put(VAR_DECLINE_REASON, null);
    service.complete(task, variables);
  }
}

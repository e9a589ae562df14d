package org.govpurchase.testing;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A stand-in for processes/supervision.bpmn while it is not deployed: a Supervision process that
 * waits in one user task, so that a test can see an escalation call it with the business key,
 * overdueActivity and supervisionSubject. Deployed only when no Supervision process exists: the
 * real model, once it is in processes/, is the one the tests meet.
 */
public final class SupervisionStub {

  public static final String KEY = "Supervision";

  private SupervisionStub() {
  }

  public static void deployUnlessPresent(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    repository.createDeployment().name("supervision-stub")
        .addModelInstance("supervision-stub.bpmn", Bpmn.createExecutableProcess(KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Supervise").camundaCandidateGroups("supervision").endEvent()
            .done())
        .deploy();
  }
}

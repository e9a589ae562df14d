package org.govpurchase.testing;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Process tests call the shared escalation, the Supervision process. Until processes/supervision.bpmn
 * is deployed with the others (the escalation work), a test deploys this stand-in: the same key, one
 * 督办 task for the supervision group. Once the real one is deployed this does nothing.
 */
public final class SupervisionStub {

  public static final String KEY = "Supervision";
  public static final String TASK = "Task_SuperviseStub";

  private SupervisionStub() {
  }

  public static void deployUnlessPresent(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(5475)
        .startEvent().userTask(TASK).name("督办").camundaCandidateGroups("supervision").endEvent().done();
    repository.createDeployment().name("supervision-stub").addModelInstance("supervision-stub.bpmn", model).deploy();
  }
}

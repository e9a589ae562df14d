package org.govpurchase.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.govpurchase.contract.ContractProcess;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request message reaches the one instalment waiting for it on the real engine, in a model
 * shaped as Sub_Instalment (parallel multi-instance subprocess, instalmentId a local input of the
 * subprocess, the message catch inside under the instalment's own name).
 */
@ProcessTest
class PaymentMessagesTest {

  @Autowired PaymentMessages messages;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired PlatformTransactionManager transactions;

  String deployment;

  @AfterEach
  void cleanUp() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void theMessageReachesTheInstalmentItNames() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("PaymentMessagesProbe").startEvent()
        .subProcess("Sub").embeddedSubProcess().startEvent().intermediateCatchEvent("Catch")
        .message(ContractProcess.MESSAGE_INSTALMENT_REQUESTED + "-${instalmentId}").endEvent().subProcessDone().endEvent().done();
    SubProcess sub = model.getModelElementById("Sub");
    sub.builder().camundaInputParameter("instalmentId", "${instalmentId}").multiInstance().parallel()
        .camundaCollection("${instalmentIds}").camundaElementVariable("instalmentId");
    deployment = repository.createDeployment().addModelInstance("payment-messages-probe.bpmn", model).deploy().getId();
    ProcessInstance instance = runtime.startProcessInstanceByKey("PaymentMessagesProbe", Map.of("instalmentIds",
        Variables.objectValue(new ArrayList<>(List.of(9511L, 9512L)))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));
    TransactionTemplate tx = new TransactionTemplate(transactions);

    tx.executeWithoutResult(s -> messages.instalmentRequested(9512L, 2));

    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).list())
        .singleElement().satisfies(s -> assertThat(runtime.getVariable(s.getExecutionId(), "instalmentId"))
            .isEqualTo(9511L));
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> messages.instalmentRequested(9512L, 2)))
        .isInstanceOf(PaymentConflictException.class).hasMessageContaining("第2期");
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> messages.instalmentRequested(777L, 3)))
        .isInstanceOf(PaymentConflictException.class);
    tx.executeWithoutResult(s -> messages.instalmentRequested(9511L, 1));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}

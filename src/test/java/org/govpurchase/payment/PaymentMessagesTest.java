package org.govpurchase.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import org.govpurchase.identity.AgencyTenants;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request message reaches the one instalment waiting for it on the real engine: one instance per
 * instalment as InstalmentPayment runs, all waiting under the same message name, told apart by their
 * variable instalmentId.
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
  void theMessageReachesTheInstanceOfTheInstalmentItNames() {
    // one instance per instalment, as Contract calls InstalmentPayment: the same message name in each
    BpmnModelInstance model = Bpmn.createExecutableProcess("PaymentMessagesProbe").camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("Catch").message(InstalmentPaymentProcess.MESSAGE_INSTALMENT_REQUESTED)
        .endEvent().done();
    deployment = repository.createDeployment().addModelInstance("payment-messages-probe.bpmn", model).deploy().getId();
    ProcessInstance first = runtime.startProcessInstanceByKey("PaymentMessagesProbe", Map.of("instalmentId", 9511L, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
    ProcessInstance second = runtime.startProcessInstanceByKey("PaymentMessagesProbe", Map.of("instalmentId", 9512L, AgencyTenants.VAR_AGENCY_CODE, "SZFT-MZJ"));
    TransactionTemplate tx = new TransactionTemplate(transactions);

    tx.executeWithoutResult(s -> messages.instalmentRequested(9512L, 2));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(second.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isOne();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> messages.instalmentRequested(9512L, 2)))
        .isInstanceOf(PaymentConflictException.class).hasMessageContaining("第2期");
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> messages.instalmentRequested(777L, 3)))
        .isInstanceOf(PaymentConflictException.class);
    tx.executeWithoutResult(s -> messages.instalmentRequested(9511L, 1));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isZero();
  }
}

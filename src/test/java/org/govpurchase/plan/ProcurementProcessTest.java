package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.govpurchase.plan.PurchasePlanProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.identity.Groups;
import org.govpurchase.tender.TenderingProcess;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/procurement.bpmn: one instance per purchase, its plan as the first stage and its
 * tendering as the second, known by the plan number from the moment the plan is registered. The
 * test plays the plan's workers with the real registration rules.
 */
@ProcessTest
class ProcurementProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired IdentityService identityService;
  @Autowired PlanService plans;
  @Autowired JdbcTemplate jdbc;

  long item;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    item = new CatalogFixture(jdbc).activeItem(2026, "社区居家养老服务（采购项目流程测试）", "SZFT-MZJ");
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    List<String> left = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcurementProcess.KEY)
        .list().stream().map(ProcessInstance::getId).toList();
    if (!left.isEmpty()) {
      runtimeService.deleteProcessInstances(left, "test over", true, true);
    }
  }

  @Test
  void shouldRunThePlanThenTheTenderingUnderThePlanNumber() {
    ProcessInstance procurement = start();
    assertThat(procurement).isWaitingAt(ProcurementProcess.CALL_PURCHASE_PLAN);
    ProcessInstance plan = prepared(calledProcessInstance(procurement));
    // the plan is the starter's to draft: the initiator passed down the call
    assertThat(plan).isWaitingAt(TASK_DRAFT_PLAN).task().isAssignedTo("agency");

    draftAndRegister(plan);
    String planNo = (String) runtimeService.getVariable(plan.getId(), VAR_PLAN_NO);
    // from registration on, the whole purchase carries the plan number
    assertThat(businessKey(procurement)).isEqualTo(planNo);
    assertThat(businessKey(plan)).isEqualTo(planNo);

    approve(plan);
    assertThat(plan).isEnded();
    assertThat(procurement).isWaitingAt(ProcurementProcess.CALL_TENDERING);
    ProcessInstance tendering = calledProcessInstance(procurement);
    assertThat(tendering.getProcessDefinitionId()).startsWith(TenderingProcess.KEY + ":");
    assertThat(businessKey(tendering)).isEqualTo(planNo);
    assertThat(tendering).isWaitingAt(TenderingProcess.TASK_PREPARE_TENDER).variables()
        .containsEntry(TenderingProcess.VAR_PLAN_NO, planNo)
        .containsEntry(TenderingProcess.VAR_PROCUREMENT_METHOD, "REQUEST_FOR_QUOTATION")
        .containsKey(TenderingProcess.VAR_PLAN_ID)
        .doesNotContainKey(VAR_SERVICE_NAME);
  }

  @Test
  void shouldEndThePurchaseWhenThePlanIsRejected() {
    ProcessInstance procurement = start();
    ProcessInstance plan = prepared(calledProcessInstance(procurement));
    draftAndRegister(plan);
    complete(task(plan), withVariables(VAR_DECISION, DECISION_REJECT, VAR_REJECTION_REASON, "预算已用尽"));
    complete(externalTask(plan));
    assertThat(procurement).isEnded().hasPassed(ProcurementProcess.END_PLAN_NOT_APPROVED)
        .hasNotPassed(ProcurementProcess.CALL_TENDERING);
  }

  @Test
  void shouldRefuseAPurchaseByAUserWithoutAnAgency() {
    SignedIn.as(identityService, "finance", List.of(Groups.FINANCE_BUREAU));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProcurementProcess.KEY, Map.of(VAR_YEAR, 2026)))
        .hasMessageContaining("CREATE_INSTANCE");
    SignedIn.as(identityService, "newofficer", List.of(Groups.PURCHASING_AGENCY));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProcurementProcess.KEY, Map.of(VAR_YEAR, 2026)))
        .hasMessageContaining("不是任何购买主体的工作人员");
    identityService.clearAuthentication();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcurementProcess.KEY).count())
        .isZero();
  }

  private ProcessInstance start() {
    SignedIn.as(identityService, "agency", List.of(Groups.PURCHASING_AGENCY));
    try {
      return runtimeService.startProcessInstanceByKey(ProcurementProcess.KEY, Map.of(VAR_YEAR, 2026));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance prepared(ProcessInstance plan) {
    complete(externalTask(plan), withVariables(VAR_CATALOG_ITEM_OPTIONS,
        SpinValues.jsonValue("[{\"label\":\"社区居家养老服务\",\"value\":\"" + item + "\"}]").create(),
        VAR_AGENCY_CODE, "SZFT-MZJ", VAR_AGENCY_NAME, "福田区民政局"));
    return plan;
  }

  private void draftAndRegister(ProcessInstance plan) {
    SignedIn.as(identityService, "agency", List.of(Groups.PURCHASING_AGENCY));
    try {
      taskService.complete(task(plan).getId(), PurchasePlanProcessTest.draftVariables(item));
    } finally {
      identityService.clearAuthentication();
    }
    List<LockedExternalTask> locked = externalTaskService.fetchAndLock(1, "test")
        .topic(TOPIC_REGISTER_DRAFT, 10_000).execute();
    assertThat(locked).hasSize(1);
    LockedExternalTask register = locked.get(0);
    RegisteredPlan registered = plans.register(register.getProcessInstanceId(),
        PlanDraft.read(name -> register.getVariables().get(name)), (String) register.getVariables().get(VAR_DRAFTER));
    externalTaskService.complete(register.getId(), "test", Variables.createVariables()
        .putValue(VAR_PLAN_ID, registered.id()).putValue(VAR_PLAN_NO, registered.planNo()).putValue(VAR_REFUSAL, null));
  }

  private void approve(ProcessInstance plan) {
    complete(task(plan), withVariables(VAR_DECISION, DECISION_APPROVE, VAR_REVIEW_COMMENT, "同意"));
    complete(externalTask(plan));
  }

  private String businessKey(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
  }
}

package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.govpurchase.plan.PurchasePlanProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.identity.Groups;
import org.govpurchase.supervision.SupervisionProcess;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of processes/purchase-plan.bpmn. The test plays the workers, except that the
 * registration runs the real {@link PlanService} rules, so the refusal of an item outside the
 * year's active catalog is the domain's own answer. The demo profile maps user agency to 福田区民政局.
 */
@ProcessTest
class PurchasePlanProcessTest {

  static final int YEAR = 2026;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired IdentityService identityService;
  @Autowired PlanService plans;
  @Autowired JdbcTemplate jdbc;

  long elderlyCare;
  long draftOnlyItem;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    CatalogFixture catalog = new CatalogFixture(jdbc);
    elderlyCare = catalog.activeItem(YEAR, "社区居家养老服务（计划流程测试）", "SZFT-MZJ");
    draftOnlyItem = catalog.draftItem(YEAR, "尚未发布的事项（计划流程测试）", "SZFT-MZJ");
  }

  @AfterEach
  void resetClock() {
    Clock.resetEngineClock();
    identityService.clearAuthentication();
    // the engine lives on for the whole class: no instance of one test may meet the next
    List<String> left = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list().stream()
        .map(ProcessInstance::getId).toList();
    if (!left.isEmpty()) {
      runtimeService.deleteProcessInstances(left, "test over", true, true);
    }
  }

  @Test
  void shouldPublishApprovedPlan() {
    ProcessInstance plan = startAndDraft(draftVariables(elderlyCare));
    assertThat(plan).isWaitingAt(TASK_REGISTER_DRAFT).externalTask().hasTopicName(TOPIC_REGISTER_DRAFT);
    register(plan);

    assertThat(plan).isWaitingAt(TASK_REVIEW_PLAN).task().hasCandidateGroup(Groups.FINANCE_BUREAU);
    String planNo = (String) runtimeService.getVariable(plan.getId(), VAR_PLAN_NO);
    assertThat(planNo).matches("SZ-2026-\\d{4}");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(plan.getId()).singleResult()
        .getBusinessKey()).isEqualTo(planNo);
    asUser("finance", Groups.FINANCE_BUREAU, () -> taskService.complete(task(plan).getId(),
        Map.of(VAR_DECISION, DECISION_APPROVE, VAR_REVIEW_COMMENT, "同意")));
    assertThat(plan).variables().containsEntry(VAR_REVIEWER, "finance");

    // the decision table chose the method from budget 360,000.50 within government procurement
    assertThat(plan).hasPassed(TASK_CHOOSE_PROCUREMENT_METHOD)
        .isWaitingAt(TASK_PUBLISH_PLAN).externalTask().hasTopicName(TOPIC_PUBLISH);
    assertThat(plan).variables()
        .containsEntry(VAR_PROCUREMENT_METHOD, "REQUEST_FOR_QUOTATION")
        .containsEntry(VAR_RUN_BY_PROCUREMENT_AGENCY, false)
        .doesNotContainKey("procurementMethodDecision");
    complete(externalTask(plan));
    assertThat(plan).isEnded().hasPassed(END_APPROVED).hasNotPassed(END_REJECTED);
  }

  @Test
  void shouldReturnPlanWithCommentsAndTakeTheRedraft() {
    ProcessInstance plan = startAndDraft(draftVariables(elderlyCare));
    register(plan);

    complete(task(plan), withVariables(VAR_DECISION, DECISION_RETURN, VAR_RETURN_REASON, "请细化服务标准"));

    assertThat(plan).isWaitingAt(TASK_DRAFT_PLAN).variables().containsEntry(VAR_RETURN_REASON, "请细化服务标准");
    assertThat(task(plan)).isAssignedTo("agency");
    VariableMap redraft = draftVariables(elderlyCare).putValue(VAR_SERVICE_STANDARD, "每日午餐一次，每餐不少于一荤两素");
    asUser("agency", Groups.PURCHASING_AGENCY, () -> taskService.complete(task(plan).getId(), redraft));
    assertThat(plan).isWaitingAt(TASK_REGISTER_DRAFT).variables()
        .doesNotContainKey(VAR_RETURN_REASON).doesNotContainKey(VAR_DECISION);
    String planNo = (String) runtimeService.getVariable(plan.getId(), VAR_PLAN_NO);
    register(plan);
    assertThat(plan).isWaitingAt(TASK_REVIEW_PLAN).variables().containsEntry(VAR_PLAN_NO, planNo);
  }

  @Test
  void shouldRejectPlanWithReason() {
    ProcessInstance plan = startAndDraft(draftVariables(elderlyCare));
    register(plan);

    complete(task(plan), withVariables(VAR_DECISION, DECISION_REJECT, VAR_REJECTION_REASON, "本年度预算已用尽"));

    assertThat(plan).isWaitingAt(TASK_REJECT_PLAN).externalTask().hasTopicName(TOPIC_REJECT);
    complete(externalTask(plan));
    assertThat(plan).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_PUBLISH_PLAN);
  }

  @Test
  void shouldRefuseAPlanAgainstAnItemOutsideTheActiveCatalog() {
    ProcessInstance plan = startAndDraft(draftVariables(draftOnlyItem));

    LockedExternalTask locked = lock(plan, TOPIC_REGISTER_DRAFT);
    assertThatThrownBy(() -> plans.register(locked.getProcessInstanceId(),
            PlanDraft.read(name -> locked.getVariables().get(name)), (String) locked.getVariables().get(VAR_DRAFTER)))
        .isInstanceOf(PlanRefusedException.class)
        .satisfies(refused -> externalTaskService.handleBpmnError(locked.getId(), "test", ERROR_PLAN_REFUSED,
            refused.getMessage(), Map.of(VAR_REFUSAL, refused.getMessage())));

    assertThat(plan).isWaitingAt(TASK_DRAFT_PLAN).hasPassed(EVENT_PLAN_REFUSED).hasNotPassed(TASK_REVIEW_PLAN);
    assertThat((String) runtimeService.getVariable(plan.getId(), VAR_REFUSAL))
        .contains("尚未发布的事项（计划流程测试）", "不在2026年度现行政府购买服务目录中");
    assertThat(runtimeService.getVariable(plan.getId(), VAR_PLAN_NO)).isNull();
  }

  @Test
  void shouldRefuseAStartByAUserWithoutAnAgency() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    // the finance bureau may not start a plan at all
    assertThatThrownBy(() -> asUser("finance", Groups.FINANCE_BUREAU,
            () -> runtimeService.startProcessInstanceByKey(KEY, Map.of(VAR_YEAR, YEAR))))
        .hasMessageContaining("CREATE_INSTANCE");
    // an officer the platform does not know to work for an agency
    assertThatThrownBy(() -> asUser("newofficer", Groups.PURCHASING_AGENCY,
            () -> runtimeService.startProcessInstanceByKey(KEY, Map.of(VAR_YEAR, YEAR))))
        .hasMessageContaining("不是任何购买主体的工作人员");
    // an agency the year's active catalog does not cover
    assertThatThrownBy(() -> asUser("agency", Groups.PURCHASING_AGENCY,
            () -> runtimeService.startProcessInstanceByKey(KEY, Map.of(VAR_YEAR, 2099))))
        .hasMessageContaining("2099年度现行政府购买服务目录中没有适用于「福田区民政局」的目录事项");
    assertThatThrownBy(() -> asUser("agency", Groups.PURCHASING_AGENCY,
            () -> runtimeService.startProcessInstanceByKey(KEY, Map.of(VAR_YEAR, 1800))))
        .hasMessageContaining("计划年度");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseADraftWithBadFields() {
    ProcessInstance plan = start();
    String taskId = task(plan).getId();
    VariableMap bad = draftVariables(elderlyCare)
        .putValue(VAR_BUDGET, 100.005)
        .putValue(VAR_TERM_END, "2026-01-01")
        .putValue(VAR_FUNDING_SOURCE, "MAJOR_PROJECT_CONFIRMED");

    assertThatThrownBy(() -> asUser("agency", Groups.PURCHASING_AGENCY, () -> taskService.complete(taskId, bad)))
        .hasMessageContaining("两位小数")
        .hasMessageContaining("结束日期须晚于开始日期")
        .hasMessageContaining("只有重大项目");

    assertThat(plan).isWaitingAt(TASK_DRAFT_PLAN).variables().doesNotContainKey(VAR_BUDGET);
  }

  @Test
  void shouldRefuseAReviewWithoutAReason() {
    ProcessInstance plan = startAndDraft(draftVariables(elderlyCare));
    register(plan);
    String taskId = task(plan).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_DECISION, "MAYBE"))).hasMessageContaining("APPROVE");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_DECISION, DECISION_REJECT)))
        .hasMessageContaining("不予批准时必须填写理由");

    assertThat(plan).isWaitingAt(TASK_REVIEW_PLAN).variables().doesNotContainKey(VAR_DECISION);
  }

  @Test
  void shouldEscalateToSupervisionWhenReviewIsOverdue() {
    // 2026-09-29 Tue; 10 working days skip National Day (Oct 1-7) and count Sat Oct 10 (调休)
    Clock.setEngineClock("2026-09-29T10:00:00");
    ProcessInstance plan = startAndDraft(draftVariables(elderlyCare));
    register(plan);

    assertThat(task(plan)).hasDueDate(beijing("2026-10-19T23:59:59"));
    assertThat(job(plan)).hasDueDate(beijing("2026-10-19T23:59:59"));
    execute(job(plan));

    assertThat(plan).isWaitingAt(TASK_REVIEW_PLAN, CALL_SUPERVISE_REVIEW);
    String planNo = (String) runtimeService.getVariable(plan.getId(), VAR_PLAN_NO);
    ProcessInstance supervision = calledProcessInstance(plan);
    assertThat(supervision).hasBusinessKey(planNo).isWaitingAt(SupervisionProcess.TASK_SUPERVISE)
        .task().hasCandidateGroup(Groups.SUPERVISION);
    assertThat(supervision).variables()
        .containsEntry(SupervisionProcess.VAR_OVERDUE_ACTIVITY, TASK_REVIEW_PLAN)
        .containsEntry(SupervisionProcess.VAR_LATE_PARTY, Groups.FINANCE_BUREAU)
        .containsEntry(SupervisionProcess.VAR_SUPERVISION_SUBJECT, planNo + " 长者助餐服务：计划未在10个工作日内审核");
    complete(task(supervision), withVariables("supervisionAction", "URGE", "supervisionNote", "已电话督促财政部门"));
    assertThat(externalTask(supervision)).hasTopicName(SupervisionProcess.TOPIC_RECORD_ACTION);
    complete(externalTask(supervision));
    assertThat(supervision).isEnded();
    assertThat(plan).isWaitingAt(TASK_REVIEW_PLAN).hasPassed(END_REVIEW_SUPERVISED);
  }

  @Test
  void shouldEscalateToSupervisionWhenDraftingIsOverdue() {
    // 2026-02-12 Thu; 20 working days: Feb 13, Sat Feb 14 (调休), Spring Festival to Feb 23,
    // Sat Feb 28 (调休) counts, ending Wed Mar 18
    Clock.setEngineClock("2026-02-12T09:30:00");
    ProcessInstance plan = start();

    assertThat(task(plan)).hasDueDate(beijing("2026-03-18T23:59:59"));
    execute(job(plan));

    assertThat(plan).isWaitingAt(TASK_DRAFT_PLAN, CALL_SUPERVISE_DRAFT);
    // the draft is assigned to the officer who started it: the officer is late, not the group
    assertThat(calledProcessInstance(plan)).variables()
        .containsEntry(SupervisionProcess.VAR_OVERDUE_ACTIVITY, TASK_DRAFT_PLAN)
        .containsEntry(SupervisionProcess.VAR_LATE_PARTY, "agency")
        .containsEntry(SupervisionProcess.VAR_SUPERVISION_SUBJECT, "2026年度购买服务计划（福田区民政局）未在20个工作日内编制完成");
  }

  private ProcessInstance calledProcessInstance(ProcessInstance plan) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId())
        .processDefinitionKey(SupervisionProcess.KEY).singleResult();
  }

  private ProcessInstance start() {
    ProcessInstance plan = asUser("agency", Groups.PURCHASING_AGENCY,
        () -> runtimeService.startProcessInstanceByKey(KEY, Map.of(VAR_YEAR, YEAR)));
    assertThat(plan).isWaitingAt(TASK_PREPARE_DRAFT).externalTask().hasTopicName(TOPIC_PREPARE_DRAFT);
    assertThat(plan).variables().containsEntry(VAR_INITIATOR, "agency");
    complete(externalTask(plan), withVariables(
        VAR_CATALOG_ITEM_OPTIONS, SpinValues.jsonValue("[{\"label\":\"社区居家养老服务\",\"value\":\"" + elderlyCare + "\"}]").create(),
        VAR_AGENCY_CODE, "SZFT-MZJ", VAR_AGENCY_NAME, "福田区民政局"));
    // assigned to the officer who started it (the purchasing-agency group stays its candidate group)
    assertThat(plan).isWaitingAt(TASK_DRAFT_PLAN).task().isAssignedTo("agency");
    return plan;
  }

  private ProcessInstance startAndDraft(VariableMap draft) {
    ProcessInstance plan = start();
    asUser("agency", Groups.PURCHASING_AGENCY, () -> taskService.complete(task(plan).getId(), draft));
    assertThat(plan).variables().containsEntry(VAR_DRAFTER, "agency");
    return plan;
  }

  /** the registration as the worker does it, with the real rules */
  private void register(ProcessInstance plan) {
    LockedExternalTask locked = lock(plan, TOPIC_REGISTER_DRAFT);
    assertThat(locked.getProcessInstanceId()).isEqualTo(plan.getId());
    RegisteredPlan registered = plans.register(locked.getProcessInstanceId(),
        PlanDraft.read(name -> locked.getVariables().get(name)), (String) locked.getVariables().get(VAR_DRAFTER));
    VariableMap result = Variables.createVariables().putValue(VAR_PLAN_ID, registered.id())
        .putValue(VAR_PLAN_NO, registered.planNo()).putValue(VAR_REFUSAL, null);
    externalTaskService.complete(locked.getId(), "test", result);
  }

  private LockedExternalTask lock(ProcessInstance plan, String topic) {
    // @AfterEach ends every instance: this test's is the only one with such a task
    List<LockedExternalTask> locked = externalTaskService.fetchAndLock(1, "test").topic(topic, 10_000).execute();
    assertThat(locked).hasSize(1);
    assertThat(locked.get(0).getProcessInstanceId()).isEqualTo(plan.getId());
    return locked.get(0);
  }

  static VariableMap draftVariables(long itemId) {
    return Variables.createVariables()
        .putValue(VAR_CATALOG_ITEM_ID, Long.toString(itemId))
        .putValue(VAR_SERVICE_NAME, "长者助餐服务")
        .putValue(VAR_SERVICE_STANDARD, "每日午餐一次")
        .putValue(VAR_BUDGET, 360000.5)
        .putValue(VAR_TERM_START, "2026-03-01")
        .putValue(VAR_TERM_END, "2027-02-28")
        .putValue(VAR_EVALUATION_METHOD, "COMPREHENSIVE_SCORING")
        .putValue(VAR_REQUIREMENTS, "辖区60岁以上独居老人，约300人")
        .putValue(VAR_FUNDING_SOURCE, "AGENCY_BUDGET")
        .putValue(VAR_MAJOR_PROJECT, false)
        .putValue(VAR_WITHIN_GOVERNMENT_PROCUREMENT, true);
  }

  private <T> T asUser(String user, String group, Supplier<T> action) {
    SignedIn.as(identityService, user, List.of(group));
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void asUser(String user, String group, Runnable action) {
    asUser(user, group, () -> {
      action.run();
      return null;
    });
  }
}

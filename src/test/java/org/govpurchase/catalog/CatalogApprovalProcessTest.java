package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.govpurchase.catalog.CatalogApprovalProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.govpurchase.supervision.SupervisionProcess;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/catalog-approval.bpmn, with the workers' results given by the test. */
@ProcessTest
class CatalogApprovalProcessTest {

  static final String ITEMS = """
      [{"itemName":"社区居家养老服务","category":"%s","description":"为辖区高龄独居老人提供上门照护",
        "agencies":["SZFT-MZJ"]}]""";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExternalTaskService externalTaskService;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    Clock.resetEngineClock();
  }

  @Test
  void shouldPublishApprovedCatalog() {
    ProcessInstance catalog = startAndDraft();
    assertThat(catalog).isWaitingAt(TASK_REGISTER_DRAFT).externalTask().hasTopicName(TOPIC_REGISTER_DRAFT);
    complete(externalTask(catalog), withVariables(VAR_VERSION_ID, 1L));
    assertThat(catalog).isWaitingAt(TASK_CHECK_SCOPE).externalTask().hasTopicName(TOPIC_CHECK_SCOPE);
    complete(externalTask(catalog));

    assertThat(catalog).isWaitingAt(TASK_APPROVE_CATALOG).task().hasCandidateGroup("government-office");
    complete(task(catalog), withVariables(VAR_DECISION, DECISION_APPROVE));

    assertThat(catalog).isWaitingAt(TASK_PUBLISH_CATALOG).externalTask().hasTopicName(TOPIC_PUBLISH);
    complete(externalTask(catalog), withVariables(VAR_VERSION_NO, 1));
    assertThat(catalog).isEnded().hasPassed(END_PUBLISHED);
  }

  @Test
  void shouldSendDraftBackWhenItemIsOutOfScope() {
    ProcessInstance catalog = startAndDraft();
    complete(externalTask(catalog), withVariables(VAR_VERSION_ID, 1L));

    failWithBpmnError(TOPIC_CHECK_SCOPE, "目录事项「行政许可证核发」涉及行政许可");

    assertThat(catalog).isWaitingAt(TASK_DRAFT_CATALOG)
        .hasPassed(EVENT_OUT_OF_SCOPE)
        .variables().containsEntry(VAR_SCOPE_REJECTION, "目录事项「行政许可证核发」涉及行政许可");
  }

  @Test
  void shouldSendDraftBackWhenRegistrationFindsItInvalid() {
    ProcessInstance catalog = startAndDraft();

    failWithBpmnError(TOPIC_REGISTER_DRAFT, "购买主体 XX 不存在");

    assertThat(catalog).isWaitingAt(TASK_DRAFT_CATALOG).hasNotPassed(TASK_CHECK_SCOPE);
  }

  @Test
  void shouldReturnDraftWithCommentsWhenGovernmentReturnsIt() {
    ProcessInstance catalog = startAndDraft();
    complete(externalTask(catalog), withVariables(VAR_VERSION_ID, 1L));
    complete(externalTask(catalog));

    complete(task(catalog), withVariables(VAR_DECISION, DECISION_RETURN, VAR_RETURN_REASON, "请补充法律援助事项"));

    assertThat(catalog).isWaitingAt(TASK_DRAFT_CATALOG)
        .variables().containsEntry(VAR_RETURN_REASON, "请补充法律援助事项");
    complete(task(catalog), draftVariables());
    assertThat(catalog).isWaitingAt(TASK_REGISTER_DRAFT).variables().doesNotContainKey(VAR_RETURN_REASON);
  }

  @Test
  void shouldRefuseApprovalWithoutAValidDecision() {
    ProcessInstance catalog = startAndDraft();
    complete(externalTask(catalog), withVariables(VAR_VERSION_ID, 1L));
    complete(externalTask(catalog));
    String taskId = task(catalog).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_DECISION, "MAYBE")))
        .hasMessageContaining("APPROVE");
    assertThatThrownBy(() -> taskService.complete(taskId, Map.of(VAR_DECISION, DECISION_RETURN)))
        .hasMessageContaining("退回理由");

    assertThat(catalog).isWaitingAt(TASK_APPROVE_CATALOG).variables().doesNotContainKey(VAR_DECISION);
  }

  @Test
  void shouldRefuseDraftWithInvalidItems() {
    ProcessInstance catalog = start();
    complete(externalTask(catalog));
    String taskId = task(catalog).getId();
    VariableMap bad = Variables.createVariables()
        .putValue(VAR_TITLE, "福田区2026年度目录")
        .putValueTyped(VAR_ITEMS, SpinValues.jsonValue("[{\"itemName\":\"\",\"category\":\"NOPE\","
            + "\"description\":\"x\",\"agencies\":[\"NO-SUCH-AGENCY\"]}]").create());

    assertThatThrownBy(() -> taskService.complete(taskId, bad)).hasMessageContaining("NO-SUCH-AGENCY");

    assertThat(catalog).isWaitingAt(TASK_DRAFT_CATALOG).variables().doesNotContainKey(VAR_ITEMS);
  }

  @Test
  void shouldEscalateToSupervisionWhenDraftIsOverdue() {
    // 2026-09-29 Tue; 10 working days skip National Day (Oct 1-7) and count Sat Oct 10 (调休)
    Clock.setEngineClock("2026-09-29T10:00:00");
    ProcessInstance catalog = start();
    complete(externalTask(catalog));

    assertThat(task(catalog)).hasDueDate(beijing("2026-10-19T23:59:59"));
    assertThat(job(catalog)).hasDueDate(beijing("2026-10-19T23:59:59"));

    execute(job(catalog));

    // the one escalation: a Supervision instance, the draft goes on (non-interrupting)
    assertThat(catalog).isWaitingAt(TASK_DRAFT_CATALOG, CALL_SUPERVISE_DRAFT);
    assertThat(catalog).calledProcessInstance(SupervisionProcess.KEY).isWaitingAt(SupervisionProcess.TASK_SUPERVISE)
        .variables()
        .containsEntry(SupervisionProcess.VAR_OVERDUE_ACTIVITY, TASK_DRAFT_CATALOG)
        .containsEntry(SupervisionProcess.VAR_LATE_PARTY, "finance-bureau")
        .containsEntry(SupervisionProcess.VAR_SUPERVISION_SUBJECT,
            "福田区2026年度政府购买服务目录（2026年度）：目录草案未在10个工作日内编制完成");
  }

  @Test
  void shouldEscalateToSupervisionWhenApprovalIsOverdue() {
    // 2026-02-12 Thu; 5 working days: Feb 13, Sat Feb 14 (调休), then Spring Festival to Feb 23
    Clock.setEngineClock("2026-02-12T09:30:00");
    ProcessInstance catalog = startAndDraft();
    complete(externalTask(catalog), withVariables(VAR_VERSION_ID, 1L));
    complete(externalTask(catalog));

    assertThat(task(catalog)).hasDueDate(beijing("2026-02-26T23:59:59"));
    execute(job(catalog));

    assertThat(catalog).isWaitingAt(TASK_APPROVE_CATALOG, CALL_SUPERVISE_APPROVAL);
    assertThat(catalog).calledProcessInstance(SupervisionProcess.KEY).variables()
        .containsEntry(SupervisionProcess.VAR_OVERDUE_ACTIVITY, TASK_APPROVE_CATALOG)
        .containsEntry(SupervisionProcess.VAR_LATE_PARTY, "government-office");
  }

  private ProcessInstance start() {
    ProcessInstance catalog = runtimeService.startProcessInstanceByKey(KEY,
        Map.of(VAR_YEAR, 2026, VAR_TITLE, "福田区2026年度政府购买服务目录"));
    assertThat(catalog).isWaitingAt(TASK_PREPARE_DRAFT).externalTask().hasTopicName(TOPIC_PREPARE_DRAFT);
    return catalog;
  }

  private ProcessInstance startAndDraft() {
    ProcessInstance catalog = start();
    complete(externalTask(catalog), withVariables(VAR_AGENCY_OPTIONS,
        SpinValues.jsonValue("[{\"label\":\"福田区民政局\",\"value\":\"SZFT-MZJ\"}]").create()));
    assertThat(catalog).isWaitingAt(TASK_DRAFT_CATALOG).task().hasCandidateGroup("finance-bureau");
    complete(task(catalog), draftVariables());
    return catalog;
  }

  private VariableMap draftVariables() {
    return Variables.createVariables()
        .putValue(VAR_TITLE, "福田区2026年度政府购买服务目录")
        .putValueTyped(VAR_ITEMS, SpinValues.jsonValue(ITEMS.formatted(ELDERLY)).create());
  }

  private void failWithBpmnError(String topic, String reason) {
    var locked = externalTaskService.fetchAndLock(1, "test").topic(topic, 10_000).execute();
    assertThat(locked).hasSize(1);
    externalTaskService.handleBpmnError(locked.get(0).getId(), "test", ERROR_OUT_OF_SCOPE, reason,
        Map.of(VAR_SCOPE_REJECTION, reason));
  }

  /** an in-scope category code of the draft form */
  static final String ELDERLY = "SOCIAL_ELDERLY_DISABILITY_CARE";
}

package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.plan.PurchasePlanProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The four plan workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PlanWorkersTest {

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock PlanService plans;

  @Test
  void prepareDraftSetsTheAgencyAndTheItemOptions() {
    when(task.getVariable(VAR_YEAR)).thenReturn(2026);
    when(task.getVariable(VAR_INITIATOR)).thenReturn("agency");
    when(plans.prepareDraft(2026, "agency")).thenReturn(new DraftStart("SZFT-MZJ", "福田区民政局",
        List.of(new DraftStart.Option("社区居家养老服务", "17"))));

    new PreparePlanDraftWorker(plans).execute(task, service);

    verify(service).complete(eq(task), argThat(variables -> "SZFT-MZJ".equals(variables.get(VAR_AGENCY_CODE))
        && "福田区民政局".equals(variables.get(VAR_AGENCY_NAME))
        && "[{\"label\":\"社区居家养老服务\",\"value\":\"17\"}]".equals(
            ((JsonValue) variables.get(VAR_CATALOG_ITEM_OPTIONS)).getValue())));
    verifyNoMoreInteractions(service);
  }

  @Test
  void prepareDraftWithoutAYearIsATechnicalFault() {
    when(task.getRetries()).thenReturn(null);
    when(task.getVariable(VAR_YEAR)).thenReturn(null);

    new PreparePlanDraftWorker(plans).execute(task, service);

    verify(service).handleFailure(eq(task), anyString(), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  @Test
  void registerStoresThePlanAndSetsItsNumber() {
    draftVariables(Map.of());
    ArgumentCaptor<PlanDraft.Reading> reading = ArgumentCaptor.forClass(PlanDraft.Reading.class);
    when(plans.register(eq("pi-1"), reading.capture(), eq("agency"))).thenReturn(new RegisteredPlan(7L, "SZ-2026-0042"));

    new RegisterPlanDraftWorker(plans).execute(task, service);

    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsEntry(VAR_PLAN_ID, 7L).containsEntry(VAR_PLAN_NO, "SZ-2026-0042")
        .containsEntry(VAR_REFUSAL, null);
    PlanDraft draft = reading.getValue().draft();
    assertThat(draft.catalogItemId()).isEqualTo(17L);
    assertThat(draft.budget()).isEqualTo(new BigDecimal("360000.50"));
    assertThat(draft.termEnd()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(draft.fundingSource()).isEqualTo(FundingSource.AGENCY_BUDGET);
  }

  @Test
  void aRefusedPlanGoesBackToTheDrafterWithTheReason() {
    draftVariables(Map.of());
    String reason = "目录事项「社区居家养老服务」不适用于购买主体「福田区卫生健康局」";
    when(plans.register(anyString(), any(), anyString())).thenThrow(new PlanRefusedException(reason));

    new RegisterPlanDraftWorker(plans).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_PLAN_REFUSED, reason, Map.of(VAR_REFUSAL, reason));
    verifyNoMoreInteractions(service);
  }

  @Test
  void registrationFaultsAreRetried() {
    draftVariables(Map.of());
    when(task.getRetries()).thenReturn(null);
    when(plans.register(anyString(), any(), anyString())).thenThrow(new IllegalStateException("database is down"));

    new RegisterPlanDraftWorker(plans).execute(task, service);

    verify(service).handleFailure(eq(task), eq("database is down"), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  @Test
  void publishApprovesThePlan() {
    when(task.getVariable(VAR_PLAN_ID)).thenReturn(7L);
    when(task.getVariable(VAR_REVIEWER)).thenReturn("finance");
    when(task.getVariable(VAR_REVIEW_COMMENT)).thenReturn("同意");
    when(task.getVariable(PurchasePlanProcess.VAR_PROCUREMENT_METHOD)).thenReturn("OPEN_TENDER");
    when(task.getVariable(PurchasePlanProcess.VAR_RUN_BY_PROCUREMENT_AGENCY)).thenReturn(true);

    new PublishPlanWorker(plans).execute(task, service);

    verify(plans).publish(7L, "finance", "同意", ProcurementMethod.OPEN_TENDER, true);
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void publishWithoutAPlanIdIsATechnicalFault() {
    when(task.getRetries()).thenReturn(null);

    new PublishPlanWorker(plans).execute(task, service);

    verify(service).handleFailure(eq(task), eq("planId is missing or not a whole number: null"), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  @Test
  void rejectRecordsTheReason() {
    when(task.getVariable(VAR_PLAN_ID)).thenReturn(7);
    when(task.getVariable(VAR_REVIEWER)).thenReturn("finance");
    when(task.getVariable(VAR_REJECTION_REASON)).thenReturn("预算已用尽");

    new RejectPlanWorker(plans).execute(task, service);

    verify(plans).reject(7L, "finance", "预算已用尽");
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  private void draftVariables(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        VAR_YEAR, 2026, VAR_CATALOG_ITEM_ID, "17", VAR_SERVICE_NAME, "长者助餐服务",
        VAR_SERVICE_STANDARD, "每日午餐一次", VAR_BUDGET, 360000.5, VAR_TERM_START, "2026-03-01",
        VAR_TERM_END, "2027-02-28", VAR_EVALUATION_METHOD, "COMPREHENSIVE_SCORING",
        VAR_REQUIREMENTS, "辖区独居老人", VAR_FUNDING_SOURCE, "AGENCY_BUDGET"));
    variables.put(VAR_MAJOR_PROJECT, false);
    variables.put(VAR_WITHIN_GOVERNMENT_PROCUREMENT, true);
    variables.put(VAR_DRAFTER, "agency");
    variables.putAll(overrides);
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    variables.forEach((name, value) -> when(task.getVariable(name)).thenReturn(value));
  }
}

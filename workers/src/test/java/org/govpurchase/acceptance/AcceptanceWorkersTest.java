package org.govpurchase.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.acceptance.AcceptanceProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.govpurchase.acceptance.AcceptanceService.Preparation;
import org.govpurchase.acceptance.AcceptanceService.Recorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The two acceptance workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class AcceptanceWorkersTest {

  static final Instant NOW = Instant.parse("2026-09-21T02:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock AcceptanceService acceptances;

  @SuppressWarnings("unchecked")
  @Test
  void prepareCountsTheRoundAndHandsTheStandardsOnAsJson() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9L);
    when(task.getVariable(VAR_ROUND)).thenReturn(1);
    when(acceptances.prepare(9L, 2)).thenReturn(new Preparation("SZ 第2次验收", "[{\"standard\":\"每周上门两次\"}]"));

    new PrepareAcceptanceWorker(acceptances).execute(task, service);

    ArgumentCaptor<Map<String, Object>> vars = ArgumentCaptor.forClass(Map.class);
    verify(service).complete(eq(task), vars.capture());
    verifyNoMoreInteractions(service);
    assertThat(vars.getValue()).containsEntry(VAR_ROUND, 2).containsEntry(VAR_SUMMARY, "SZ 第2次验收");
    TypedValue standards = (TypedValue) vars.getValue().get(VAR_STANDARD_VERDICTS);
    assertThat(standards.getType().getName()).isEqualTo("json");
    assertThat(standards.getValue()).isEqualTo("[{\"standard\":\"每周上门两次\"}]");
  }

  @SuppressWarnings("unchecked")
  @Test
  void aFailedRoundHandsTheRectificationDeadlineToTheProcess() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(VAR_ROUND)).thenReturn(1);
    when(task.getVariable(VAR_STANDARD_VERDICTS)).thenReturn("[{\"standard\":\"每周上门两次\",\"verdict\":\"FAILED\",\"note\":\"缺记录\"}]");
    when(task.getVariable(VAR_ACCEPTANCE_RESULT)).thenReturn("FAILED");
    when(task.getVariable(VAR_ACCEPTANCE_REPORT)).thenReturn("逐项核查");
    when(task.getVariable(VAR_ACCEPTANCE_OFFICER)).thenReturn("agency");
    Instant deadline = Instant.parse("2026-10-19T15:59:59Z");
    when(acceptances.record(eq(9L), eq(1), any(), eq("agency"), eq(NOW)))
        .thenReturn(new Recorded(5L, 1, FAILED, deadline));

    new RecordAcceptanceWorker(acceptances, CLOCK).execute(task, service);

    ArgumentCaptor<Map<String, Object>> vars = ArgumentCaptor.forClass(Map.class);
    verify(service).complete(eq(task), vars.capture());
    verifyNoMoreInteractions(service);
    assertThat(vars.getValue()).containsEntry(VAR_ACCEPTANCE_RESULT, FAILED)
        .containsEntry(VAR_RECTIFICATION_DEADLINE, Date.from(deadline));
  }

  @Test
  void aDatabaseFaultIsAFailureWithRetries() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9L);
    when(task.getVariable(VAR_ROUND)).thenReturn(1);
    when(acceptances.record(anyLong(), anyInt(), any(), any(), any())).thenThrow(new IllegalStateException("db down"));

    new RecordAcceptanceWorker(acceptances, CLOCK).execute(task, service);

    verify(service).handleFailure(eq(task), anyString(), anyString(), anyInt(), anyLong());
    verifyNoMoreInteractions(service);
  }
}

package org.govpurchase.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.payment.InstalmentPaymentProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.payment.PaymentViews.FundsConfirmation;
import org.govpurchase.payment.PaymentViews.Payment;
import org.govpurchase.payment.PaymentViews.PaymentPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The four payment workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PaymentWorkersTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T16:30:00Z"), ZoneOffset.UTC);
  static final Instant NOW = Instant.parse("2026-12-03T16:30:00Z");

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock PaymentService payments;

  @SuppressWarnings("unchecked")
  @Test
  void planPaymentsSetsAMutableListOfIdsAndTheRoute() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(VAR_FUNDING_SOURCE)).thenReturn("AGENCY_BUDGET");
    when(payments.planPayments(9)).thenReturn(new PaymentPlan(9, List.of(21L, 22L), "AGENCY_BUDGET"));

    new PlanPaymentsWorker(payments).execute(task, service);

    ArgumentCaptor<Map<String, Object>> vars = ArgumentCaptor.forClass(Map.class);
    verify(service).complete(eq(task), vars.capture());
    verifyNoMoreInteractions(service);
    assertThat(vars.getValue().get(VAR_INSTALMENT_IDS)).isInstanceOf(ArrayList.class).isEqualTo(List.of(21L, 22L));
    assertThat(vars.getValue()).containsEntry(VAR_PAYMENT_ROUTE, "AGENCY_BUDGET");
  }

  @SuppressWarnings("unchecked")
  @Test
  void aMajorProjectIsPlannedWithoutARoute() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9L);
    when(task.getVariable(VAR_FUNDING_SOURCE)).thenReturn("MAJOR_PROJECT_CONFIRMED");
    when(payments.planPayments(9)).thenReturn(new PaymentPlan(9, List.of(21L), null));

    new PlanPaymentsWorker(payments).execute(task, service);

    ArgumentCaptor<Map<String, Object>> vars = ArgumentCaptor.forClass(Map.class);
    verify(service).complete(eq(task), vars.capture());
    assertThat(vars.getValue()).containsKey(VAR_PAYMENT_ROUTE);
    assertThat(vars.getValue().get(VAR_PAYMENT_ROUTE)).isNull();
  }

  @Test
  void aContractNotFiledIsATechnicalFault() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getRetries()).thenReturn(null);
    when(payments.planPayments(9)).thenThrow(new PaymentConflictException("合同9尚未备案，不能安排付款"));

    new PlanPaymentsWorker(payments).execute(task, service);

    verify(service).handleFailure(eq(task), eq("合同9尚未备案，不能安排付款"), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  @Test
  void confirmFundsRecordsTheRouteAndSetsIt() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9.0);
    when(task.getVariable(VAR_PAYMENT_ROUTE)).thenReturn("FINANCE_DIRECT");
    when(task.getVariable(VAR_FUNDS_NOTE)).thenReturn("已列入预算");
    when(task.getVariable(VAR_FUNDS_CONFIRMED_BY)).thenReturn("finance1");
    when(payments.confirmFunds(eq(9L), eq("FINANCE_DIRECT"), eq("已列入预算"), eq("finance1"), any()))
        .thenReturn(new FundsConfirmation(9, "FINANCE_DIRECT", "已列入预算", "finance1", NOW));

    new ConfirmFundsWorker(payments, CLOCK).execute(task, service);

    verify(service).complete(task, Map.of(VAR_PAYMENT_ROUTE, "FINANCE_DIRECT"));
    verifyNoMoreInteractions(service);
  }

  @Test
  void recordDecisionPassesTheFormOn() {
    when(task.getVariable(VAR_INSTALMENT_ID)).thenReturn(21);
    when(task.getVariable(VAR_INSTALMENT_DECISION)).thenReturn("RETURN");
    when(task.getVariable(VAR_INSTALMENT_RETURN_REASON)).thenReturn("缺少服务记录");
    when(task.getVariable(VAR_INSTALMENT_APPROVER)).thenReturn("agency1");

    new RecordInstalmentDecisionWorker(payments, CLOCK).execute(task, service);

    verify(payments).recordDecision(eq(21L), eq("RETURN"), eq("缺少服务记录"), eq("agency1"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void payUsesTheInstalmentsKeySoARetryPaysOnce() {
    when(task.getVariable(VAR_INSTALMENT_ID)).thenReturn(21);
    when(task.getVariable(VAR_PAYMENT_ROUTE)).thenReturn("AGENCY_BUDGET");
    when(payments.pay(eq(21L), eq("instalment-21"), eq("AGENCY_BUDGET"), any())).thenReturn(new Payment(1, 21, 9,
        "instalment-21", new BigDecimal("200000.00"), "AGENCY_BUDGET", LocalDate.of(2026, 12, 1), NOW, 3, "agency1"));

    new PayInstalmentWorker(payments, CLOCK).execute(task, service);
    new PayInstalmentWorker(payments, CLOCK).execute(task, service);

    verify(payments, org.mockito.Mockito.times(2)).pay(eq(21L), eq("instalment-21"), eq("AGENCY_BUDGET"), any());
    verify(service, org.mockito.Mockito.times(2)).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void aMissingInstalmentIdIsATechnicalFault() {
    when(task.getRetries()).thenReturn(null);

    new PayInstalmentWorker(payments, CLOCK).execute(task, service);

    verify(service).handleFailure(eq(task), anyString(), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
    verify(payments, org.mockito.Mockito.never()).pay(anyLong(), anyString(), isNull(), any());
  }
}

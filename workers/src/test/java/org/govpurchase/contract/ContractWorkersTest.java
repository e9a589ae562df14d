package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.contract.ContractProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.contract.ContractViews.PreparedDraft;
import org.govpurchase.plan.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The five contract workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ContractWorkersTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T02:00:00Z"), ZoneOffset.UTC);
  static final Instant DEADLINE = Instant.parse("2026-11-15T15:59:59Z");

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock ContractService contracts;

  @Test
  void prepareDraftSetsTheContractTheDeadlineTheSummaryAndTheRoute() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getVariable(VAR_AWARD_ID)).thenReturn(5);
    when(contracts.prepareDraft(eq("pi-1"), eq(5L), any()))
        .thenReturn(new PreparedDraft(9, DEADLINE, "甲方……", FundingSource.FINANCE_DIRECT));

    new PrepareContractDraftWorker(contracts, CLOCK).execute(task, service);

    verify(service).complete(task, Map.of(VAR_CONTRACT_ID, 9L, VAR_SIGN_DEADLINE, Date.from(DEADLINE),
        VAR_CONTRACT_SUMMARY, "甲方……", VAR_FUNDING_SOURCE, "FINANCE_DIRECT"));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aMissingAwardIsATechnicalFault() {
    when(task.getRetries()).thenReturn(null);

    new PrepareContractDraftWorker(contracts, CLOCK).execute(task, service);

    verify(service).handleFailure(eq(task), eq("awardId is missing or not a whole number: null"), anyString(), eq(3),
        eq(10_000L));
    verifyNoMoreInteractions(service);
    verifyNoInteractions(contracts);
  }

  void draftForm() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9L);
    when(task.getVariable(VAR_SCOPE_AND_CONTENT)).thenReturn("内容");
    when(task.getVariable(VAR_SERVICE_REQUIREMENTS)).thenReturn("要求");
    when(task.getVariable(VAR_BREACH_LIABILITY)).thenReturn("违约");
    when(task.getVariable("instalment1Amount")).thenReturn(480000.0);
    when(task.getVariable("instalment1DueDate")).thenReturn("2027-01-05");
  }

  @Test
  void registerDraftStoresTheTermsAndClearsTheRefusal() {
    draftForm();

    new RegisterContractDraftWorker(contracts, CLOCK).execute(task, service);

    verify(contracts).registerDraft(eq(9L), eq("内容"), eq("要求"), eq("违约"),
        eq(List.of(new Instalment(new BigDecimal("480000.0"), LocalDate.of(2027, 1, 5)))), any());
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsEntry(VAR_DRAFT_REFUSAL, null).hasSize(1);
  }

  @Test
  void anIncompleteDraftGoesBackWithEveryProblem() {
    draftForm();
    when(contracts.registerDraft(anyLong(), anyString(), anyString(), anyString(), any(), any()))
        .thenThrow(new ContractIncompleteException(List.of("各期金额合计1.00元，须等于合同金额2.00元", "第1期支付日期须在服务期限之内")));

    new RegisterContractDraftWorker(contracts, CLOCK).execute(task, service);

    String message = "各期金额合计1.00元，须等于合同金额2.00元；第1期支付日期须在服务期限之内";
    verify(service).handleBpmnError(task, ERROR_CONTRACT_INCOMPLETE, message, Map.of(VAR_DRAFT_REFUSAL, message));
    verifyNoMoreInteractions(service);
  }

  @Test
  void anUnreadableFormGoesBackWithoutTheService() {
    draftForm();
    when(task.getVariable(VAR_BREACH_LIABILITY)).thenReturn(null);

    new RegisterContractDraftWorker(contracts, CLOCK).execute(task, service);

    verify(service).handleBpmnError(eq(task), eq(ERROR_CONTRACT_INCOMPLETE), anyString(), any());
    verifyNoMoreInteractions(service);
    verifyNoInteractions(contracts);
  }

  @Test
  void publishPassesTheAgencySignatory() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(VAR_AGENCY_SIGNATORY)).thenReturn("agency1");
    when(task.getVariable(VAR_AGENCY_SIGNED)).thenReturn(true);

    new PublishContractWorker(contracts, CLOCK).execute(task, service);

    verify(contracts).publish(eq(9L), eq("agency1"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void withoutTheTickTheAgencyHasNotSigned() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(VAR_AGENCY_SIGNATORY)).thenReturn("agency1");

    new PublishContractWorker(contracts, CLOCK).execute(task, service);

    verify(contracts).publish(eq(9L), isNull(), any());
  }

  @Test
  void aRefusedPublicationIsAFault() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getRetries()).thenReturn(3);
    when(contracts.publish(anyLong(), any(), any())).thenThrow(new ContractConflictException("合同9的乙方尚未签字，不能公告"));

    new PublishContractWorker(contracts, CLOCK).execute(task, service);

    verify(service).handleFailure(eq(task), eq("合同9的乙方尚未签字，不能公告"), anyString(), eq(2), eq(20_000L));
    verify(service, never()).complete(any());
  }

  @Test
  void submitFilingPassesTheReturnAndTheCorrection() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(VAR_FILING_CORRECTION)).thenReturn("补充附件");
    when(task.getVariable(VAR_FILING_RETURN_REASON)).thenReturn("缺附件");
    when(task.getVariable(VAR_FILING_REVIEWER)).thenReturn("finance1");

    new SubmitFilingWorker(contracts, CLOCK).execute(task, service);

    verify(contracts).submitFiling(eq(9L), isNull(), eq("补充附件"), eq("缺附件"), eq("finance1"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void theFirstSubmissionHasNoReturn() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);

    new SubmitFilingWorker(contracts, CLOCK).execute(task, service);

    verify(contracts).submitFiling(eq(9L), isNull(), isNull(), isNull(), isNull(), any());
    verify(service).complete(task);
  }

  @Test
  void anAmendmentIsFiledUnderItsOwnId() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(AmendmentProcess.VAR_AMENDMENT_ID)).thenReturn(4L);
    when(task.getVariable(VAR_FILING_REVIEWER)).thenReturn("finance1");
    when(contracts.fileReceipt(eq(9L), eq(4L), eq("finance1"), any())).thenReturn("HTBA-2026-000009-B1");

    new SubmitFilingWorker(contracts, CLOCK).execute(task, service);
    new RecordFilingWorker(contracts, CLOCK).execute(task, service);

    verify(contracts).submitFiling(eq(9L), eq(4L), isNull(), isNull(), eq("finance1"), any());
    verify(service).complete(task);
    verify(service).complete(task, Map.of(VAR_FILING_RECEIPT_NO, "HTBA-2026-000009-B1"));
  }

  @Test
  void recordFilingSetsTheReceiptNumber() {
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9);
    when(task.getVariable(VAR_FILING_REVIEWER)).thenReturn("finance1");
    when(contracts.fileReceipt(eq(9L), isNull(), eq("finance1"), any())).thenReturn("HTBA-2026-000009");

    new RecordFilingWorker(contracts, CLOCK).execute(task, service);

    verify(service).complete(task, Map.of(VAR_FILING_RECEIPT_NO, "HTBA-2026-000009"));
    verifyNoMoreInteractions(service);
  }
}

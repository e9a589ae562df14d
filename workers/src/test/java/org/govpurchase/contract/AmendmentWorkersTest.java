package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.contract.AmendmentProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.contract.ContractViews.Instalment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The five amendment workers, one class per topic: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class AmendmentWorkersTest {

  static final Instant PROPOSED_AT = Instant.parse("2027-02-01T02:00:00Z");
  static final String NO = "SZ-2026-0001";

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock AmendmentService amendments;
  final StatutoryPeriods periods = new StatutoryPeriods();
  final java.time.Clock clock = java.time.Clock.fixed(PROPOSED_AT, java.time.ZoneOffset.UTC);

  static AmendmentView view(AmendmentStatus status, boolean shortensTerm, String closingReason) {
    return new AmendmentView(4, 9, NO, 2, ContractSide.AGENCY, "agency1", PROPOSED_AT, "增加服务人数",
        new BigDecimal("480000.00"), new BigDecimal("500000"), LocalDate.of(2027, 10, 31), null, shortensTerm,
        List.of(), null, status, status.label(), null, null, null, null, closingReason, null, null, null);
  }

  void proposal() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9L);
    when(task.getVariable(VAR_PROPOSED_BY)).thenReturn("AGENCY");
    when(task.getVariable(VAR_PROPOSER)).thenReturn("agency1");
    when(task.getVariable(VAR_NEW_AMOUNT)).thenReturn("500000");
    when(task.getVariable(VAR_NEW_TERM_END)).thenReturn("");
    when(task.getVariable("instalment1Amount")).thenReturn("250000");
    when(task.getVariable("instalment1DueDate")).thenReturn("2027-03-01");
    when(task.getVariable("instalment2Amount")).thenReturn(250000.0);
    when(task.getVariable("instalment2DueDate")).thenReturn("2027-09-01");
    when(task.getVariable(VAR_REASON)).thenReturn(" 增加服务人数 ");
  }

  @Test
  void registerRecordsTheParsedProposalAndShowsItToTheOtherSide() {
    proposal();
    AmendmentProposal parsed = new AmendmentProposal(new BigDecimal("500000"), null,
        List.of(new Instalment(new BigDecimal("250000"), LocalDate.of(2027, 3, 1)),
            new Instalment(new BigDecimal("250000.0"), LocalDate.of(2027, 9, 1))),
        null, "增加服务人数");
    when(amendments.propose(eq("pi-1"), eq(9L), eq(ContractSide.AGENCY), eq("agency1"), eq(parsed), any()))
        .thenReturn(view(AmendmentStatus.PROPOSED, true, null));
    when(amendments.summary(4)).thenReturn("合同变更：……");

    new RegisterAmendmentWorker(amendments, clock).execute(task, service);

    verify(service).complete(task, Map.of(VAR_AMENDMENT_ID, 4L, VAR_AMENDMENT_SEQ, 2, VAR_PROCUREMENT_NO, NO,
        VAR_SUMMARY, "合同变更：……", VAR_SHORTENS_TERM, true));
    verifyNoMoreInteractions(service);
  }

  @Test
  void anUnreadableProposalIsATechnicalFault() {
    // the start check let it through, so a proposal that reads wrong now is a bug, not a business outcome
    proposal();
    when(task.getVariable(VAR_NEW_AMOUNT)).thenReturn("五十万");
    when(task.getRetries()).thenReturn(null);

    new RegisterAmendmentWorker(amendments, clock).execute(task, service);

    verify(service).handleFailure(eq(task), contains("newAmount is not a number"), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
    verifyNoInteractions(amendments);
  }

  @Test
  void aSuppliersProposalWasRecordedByTheApiAndIsOnlyRead() {
    when(task.getProcessInstanceId()).thenReturn("pi-1");
    when(task.getVariable(VAR_CONTRACT_ID)).thenReturn(9L);
    when(task.getVariable(VAR_PROPOSED_BY)).thenReturn("SUPPLIER");
    when(amendments.registered("pi-1")).thenReturn(java.util.Optional.of(view(AmendmentStatus.PROPOSED, false, null)));
    when(amendments.summary(4)).thenReturn("合同变更：……");

    new RegisterAmendmentWorker(amendments, clock).execute(task, service);

    verify(amendments, org.mockito.Mockito.never()).propose(any(), anyLong(), any(), any(), any(), any());
    verify(service).complete(task, Map.of(VAR_AMENDMENT_ID, 4L, VAR_AMENDMENT_SEQ, 2, VAR_PROCUREMENT_NO, NO,
        VAR_SUMMARY, "合同变更：……", VAR_SHORTENS_TERM, false));
    verifyNoMoreInteractions(service);
  }

  @Test
  void theAgencyRefusesTheSuppliersProposal() {
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4);
    when(task.getVariable(VAR_ANSWER)).thenReturn("REFUSE");
    when(task.getVariable(VAR_ANSWER_REASON)).thenReturn("预算不足");
    when(task.getVariable(VAR_ANSWERED_BY)).thenReturn("agency1");

    new RecordAmendmentAnswerWorker(amendments, clock).execute(task, service);

    verify(amendments).answer(eq(4L), eq(ContractSide.AGENCY), eq("agency1"), eq(false), eq("预算不足"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void aLapseIsRecordedWithItsReason() {
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4L);
    periods.setAmendmentAnswerWorkingDays(12);
    assertThat(new RecordAmendmentLapseWorker(amendments, periods).lapseReason()).isEqualTo("对方未在12个工作日内答复");
    periods.setAmendmentAnswerWorkingDays(10);

    new RecordAmendmentLapseWorker(amendments, periods).execute(task, service);

    verify(amendments).lapse(4L, "对方未在10个工作日内答复");
    verify(service).complete(task, Map.of(VAR_CLOSING_REASON, "对方未在10个工作日内答复"));
    verifyNoMoreInteractions(service);
  }

  @Test
  void theFinanceBureauApprovesTheShortenedTerm() {
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4L);
    when(task.getVariable(VAR_TERM_DECISION)).thenReturn("APPROVE");
    when(task.getVariable(VAR_TERM_DECIDED_BY)).thenReturn("finance1");

    new RecordTermDecisionWorker(amendments, clock).execute(task, service);

    verify(amendments).decideTerm(eq(4L), eq(true), eq("finance1"), isNull(), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void theFinanceBureauRefusesTheShortenedTerm() {
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4L);
    when(task.getVariable(VAR_TERM_DECISION)).thenReturn("REFUSE");
    when(task.getVariable(VAR_TERM_DECISION_REASON)).thenReturn("服务尚未完成");
    when(task.getVariable(VAR_TERM_DECIDED_BY)).thenReturn("finance1");

    new RecordTermDecisionWorker(amendments, clock).execute(task, service);

    verify(amendments).decideTerm(eq(4L), eq(false), eq("finance1"), eq("服务尚未完成"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void anAmendmentInForceCompletes() {
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4L);
    when(amendments.takeEffect(eq(4L), any())).thenReturn(view(AmendmentStatus.IN_FORCE, false, null));

    new TakeEffectWorker(amendments, clock).execute(task, service);

    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void aVoidAmendmentEndsAsItsBpmnErrorWithTheReason() {
    String reason = "第1期已申请支付，不能再变更";
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4L);
    when(amendments.takeEffect(eq(4L), any())).thenReturn(view(AmendmentStatus.VOID, false, reason));

    new TakeEffectWorker(amendments, clock).execute(task, service);

    verify(service).handleBpmnError(task, "Error_AmendmentVoid", reason, Map.of("amendmentClosingReason", reason));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aServiceFaultIsRetried() {
    when(task.getVariable(VAR_AMENDMENT_ID)).thenReturn(4L);
    when(task.getRetries()).thenReturn(null);
    when(amendments.takeEffect(anyLong(), any())).thenThrow(new IllegalStateException("数据库不可用"));

    new TakeEffectWorker(amendments, clock).execute(task, service);

    verify(service).handleFailure(eq(task), eq("数据库不可用"), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }
}

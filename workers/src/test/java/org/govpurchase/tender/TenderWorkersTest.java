package org.govpurchase.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.tender.TenderingProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.plan.ApprovedPlan;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.EvaluationMethod;
import org.govpurchase.plan.FundingSource;
import org.govpurchase.plan.MethodChanges;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.InvitationDraw;
import org.govpurchase.supplier.InvitationDrawException;
import org.govpurchase.supplier.InvitationDrawView;
import org.govpurchase.tender.QualificationReview.Conclusion;
import org.govpurchase.tender.QualificationReview.Result;
import org.govpurchase.tender.TenderViews.ClarificationView;
import org.govpurchase.tender.TenderViews.Closing;
import org.govpurchase.tender.TenderViews.TenderView;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.govpurchase.calendar.BeijingTime;

/** The Tendering workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class TenderWorkersTest {

  static final Instant NOW = beijing("2026-03-02T10:00");
  static final Instant DEADLINE = beijing("2026-03-23T09:30");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock TenderService tenders;
  @Mock ApprovedPlans plans;
  @Mock InvitationDraw draws;
  @Mock QualificationReview review;
  @Mock MethodChanges methodChanges;

  final Map<String, Object> variables = new HashMap<>();

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void variables() {
    when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(task.getRetries()).thenReturn(null);
  }

  Map<String, Object> completed() {
    ArgumentCaptor<Map<String, Object>> captor = ArgumentCaptor.captor();
    verify(service).complete(eq(task), captor.capture());
    verifyNoMoreInteractions(service);
    return captor.getValue();
  }

  void failedOnce() {
    verify(service).handleFailure(eq(task), anyString(), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  // ---- tender.drawInvitations ----------------------------------------------------------------

  @Test
  void drawInvitationsDrawsUnderTheRoundsProcurementNumber() {
    variables.putAll(Map.of(VAR_PLAN_NO, "SZ-2026-0042", VAR_TENDER_ROUND, 2, VAR_BID_DEADLINE_DATE, "2026-03-23",
        VAR_INVITED_COUNT, 4.0));
    when(draws.draw("SZ-2026-0042-2", "SZ-2026-0042-2", LocalDate.of(2026, 3, 23), 4, null, null))
        .thenReturn(new InvitationDrawView(1, "SZ-2026-0042-2", "SZ-2026-0042-2", 7L, LocalDate.of(2026, 3, 23), 4,
            null, NOW, List.of()));

    new DrawInvitationsWorker(draws).execute(task, service);

    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void tooFewQualifiedSuppliersGoBackToTheBuyer() {
    variables.putAll(Map.of(VAR_PLAN_NO, "SZ-2026-0042", VAR_TENDER_ROUND, 1, VAR_BID_DEADLINE_DATE, "2026-03-23",
        VAR_INVITED_COUNT, 5));
    String reason = "投标日2026-03-23符合条件的承接主体4家，不足邀请的5家";
    when(draws.draw(any(), any(), any(), eq(5), any(), any())).thenThrow(new InvitationDrawException(
        InvitationDrawException.Reason.TOO_FEW_QUALIFIED_SUPPLIERS, 4, 5, reason));

    new DrawInvitationsWorker(draws).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_ANNOUNCEMENT_REFUSED, reason, Map.of(VAR_ANNOUNCEMENT_REFUSAL, reason));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aMissingCountGoesBackToTheBuyerAndAMissingPlanNumberIsAFault() {
    variables.putAll(Map.of(VAR_PLAN_NO, "SZ-2026-0042", VAR_TENDER_ROUND, 1, VAR_BID_DEADLINE_DATE, "2026-03-23"));
    new DrawInvitationsWorker(draws).execute(task, service);
    verify(service).handleBpmnError(eq(task), eq(ERROR_ANNOUNCEMENT_REFUSED), anyString(), any());
    verifyNoInteractions(draws);

    ExternalTaskService second = org.mockito.Mockito.mock(ExternalTaskService.class);
    variables.remove(VAR_PLAN_NO);
    variables.put(VAR_INVITED_COUNT, 3);
    new DrawInvitationsWorker(draws).execute(task, second);
    verify(second).handleFailure(eq(task), anyString(), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(second);
  }

  // ---- tender.announce -----------------------------------------------------------------------

  void announceVariables() {
    variables.putAll(Map.of(VAR_PLAN_ID, 7, VAR_PLAN_NO, "SZ-2026-0042", VAR_TENDER_ROUND, 1,
        VAR_PROCUREMENT_METHOD, "OPEN_TENDER", VAR_TENDER_TITLE, "居家养老服务项目", VAR_DOCUMENTS_ISSUED_ON, "2026-03-02",
        VAR_BID_DEADLINE_DATE, "2026-03-23", VAR_BID_DEADLINE_TIME, "09:30"));
    when(plans.find(7L)).thenReturn(new ApprovedPlan(7L, "SZ-2026-0042", 2026, "SZ-MZ", "深圳市民政局", "居家养老服务",
        "每周上门两次", new BigDecimal("500000"), LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30),
        EvaluationMethod.COMPREHENSIVE_SCORING, "持证社工不少于5名", FundingSource.AGENCY_BUDGET, false,
        ProcurementMethod.OPEN_TENDER, false, "agency"));
  }

  TenderView tenderView(String no, Instant deadline) {
    return new TenderView(11L, no, 7L, ProcurementMethod.OPEN_TENDER, TenderStatus.ANNOUNCED, "居家养老服务项目",
        "持证社工不少于5名", LocalDate.of(2026, 3, 2), deadline, deadline, NOW, null, List.of());
  }

  @Test
  void announceSetsTheTenderItsNumberAndItsDeadline() {
    announceVariables();
    when(tenders.announce("SZ-2026-0042", 7L, ProcurementMethod.OPEN_TENDER, "居家养老服务项目", "持证社工不少于5名",
        LocalDate.of(2026, 3, 2), DEADLINE, NOW)).thenReturn(tenderView("SZ-2026-0042", DEADLINE));

    new AnnounceTenderWorker(tenders, plans, CLOCK).execute(task, service);

    Map<String, Object> set = completed();
    assertThat(set).containsEntry(VAR_PROCUREMENT_NO, "SZ-2026-0042").containsEntry(VAR_TENDER_ID, 11L)
        .containsEntry(VAR_BID_DEADLINE, Date.from(DEADLINE)).containsEntry(VAR_ANNOUNCEMENT_REFUSAL, null);
  }

  @Test
  void announceRefusalsGoBackToTheBuyer() {
    announceVariables();
    String reason = "公开招标自招标文件开始发出之日起至投标截止之日止不得少于20日";
    when(tenders.announce(any(), anyLong(), any(), any(), any(), any(), any(), any()))
        .thenThrow(new InvalidRequestException(reason));

    new AnnounceTenderWorker(tenders, plans, CLOCK).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_ANNOUNCEMENT_REFUSED, reason, Map.of(VAR_ANNOUNCEMENT_REFUSAL, reason));
    verifyNoMoreInteractions(service);
  }

  @Test
  void anUnparsableTimeOrAnUnapprovedPlanGoesBackToTheBuyer() {
    announceVariables();
    variables.put(VAR_BID_DEADLINE_TIME, "9点半");
    new AnnounceTenderWorker(tenders, plans, CLOCK).execute(task, service);
    ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
    verify(service).handleBpmnError(eq(task), eq(ERROR_ANNOUNCEMENT_REFUSED), message.capture(), any());
    assertThat(message.getValue()).contains("9点半");
    verifyNoInteractions(tenders);

    ExternalTaskService second = org.mockito.Mockito.mock(ExternalTaskService.class);
    variables.put(VAR_BID_DEADLINE_TIME, "09:30");
    when(plans.find(7L)).thenThrow(new NoSuchElementException("没有已批准的购买服务计划7"));
    new AnnounceTenderWorker(tenders, plans, CLOCK).execute(task, second);
    verify(second).handleBpmnError(task, ERROR_ANNOUNCEMENT_REFUSED, "没有已批准的购买服务计划7",
        Map.of(VAR_ANNOUNCEMENT_REFUSAL, "没有已批准的购买服务计划7"));
    verifyNoMoreInteractions(second);
  }

  @Test
  void announceWithoutAMethodIsAFault() {
    announceVariables();
    variables.remove(VAR_PROCUREMENT_METHOD);
    new AnnounceTenderWorker(tenders, plans, CLOCK).execute(task, service);
    failedOnce();
  }

  // ---- tender.close --------------------------------------------------------------------------

  @Test
  void closeBeforeAMovedDeadlineWaitsAgain() {
    variables.put(VAR_TENDER_ID, 11L);
    Instant moved = beijing("2026-03-30T09:30");
    when(tenders.closeIfDue(11L, NOW)).thenReturn(new Closing(false, moved, List.of()));

    new CloseTenderWorker(tenders, CLOCK).execute(task, service);

    assertThat(completed()).containsOnly(Map.entry(VAR_TENDER_CLOSED, false),
        Map.entry(VAR_BID_DEADLINE, Date.from(moved)));
  }

  @Test
  void closeAtTheDeadlineSetsTheBids() {
    variables.put(VAR_TENDER_ID, 11);
    when(tenders.closeIfDue(11L, NOW)).thenReturn(new Closing(true, DEADLINE, List.of(3L, 5L)));

    new CloseTenderWorker(tenders, CLOCK).execute(task, service);

    assertThat(completed()).containsEntry(VAR_TENDER_CLOSED, true).containsEntry(VAR_BID_IDS, List.of(3L, 5L))
        .containsEntry(VAR_BID_DEADLINE, Date.from(DEADLINE));
  }

  @Test
  void closeFaultsAreRetried() {
    variables.put(VAR_TENDER_ID, 11L);
    when(tenders.closeIfDue(11L, NOW)).thenThrow(new InvalidRequestException("招标项目「SZ-2026-0042」已取消，不能截标"));
    new CloseTenderWorker(tenders, CLOCK).execute(task, service);
    failedOnce();
  }

  // ---- tender.answerClarification ------------------------------------------------------------

  @Test
  void answerPublishesTheAnswer() {
    variables.putAll(Map.of(VAR_CLARIFICATION_ID, 4, VAR_CLARIFICATION_ANSWER, "不接受联合体投标",
        VAR_CLARIFICATION_ANSWERED_BY, "buyer"));
    when(tenders.answerClarification(4L, "不接受联合体投标", "buyer", NOW))
        .thenReturn(new ClarificationView(4L, 11L, "是否接受联合体投标？", NOW, "不接受联合体投标", NOW, null));

    new AnswerClarificationWorker(tenders, CLOCK).execute(task, service);

    verify(tenders).answerClarification(4L, "不接受联合体投标", "buyer", NOW);
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void anAnswerAfterClosingIsABpmnError() {
    variables.putAll(Map.of(VAR_CLARIFICATION_ID, 4L, VAR_CLARIFICATION_ANSWER, "不接受",
        VAR_CLARIFICATION_ANSWERED_BY, "buyer"));
    String reason = "招标项目「SZ-2026-0042」已截标，不能答复澄清问题";
    when(tenders.answerClarification(4L, "不接受", "buyer", NOW)).thenThrow(new InvalidRequestException(reason));

    new AnswerClarificationWorker(tenders, CLOCK).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_CLARIFICATION_CLOSED, reason);
    verifyNoMoreInteractions(service);
  }

  @Test
  void anAnswerToAMissingQuestionIsAFault() {
    variables.putAll(Map.of(VAR_CLARIFICATION_ID, 4L, VAR_CLARIFICATION_ANSWER, "不接受"));
    when(tenders.answerClarification(4L, "不接受", null, NOW)).thenThrow(new NoSuchElementException("澄清问题4不存在"));
    new AnswerClarificationWorker(tenders, CLOCK).execute(task, service);
    failedOnce();
  }

  // ---- qualification -------------------------------------------------------------------------

  @Test
  void checkSetsTheAutomaticResult() {
    // an element of the JSON list bidIds arrives as its JSON text
    variables.put(VAR_BID_ID, "5");
    when(review.check(5L, NOW)).thenReturn(new Result(5L, 11L, false, "未提交「依法设立」的证明材料\n证明材料已失效",
        null, null, null, null));

    new CheckQualificationWorker(review, CLOCK).execute(task, service);

    assertThat(completed()).containsOnly(Map.entry(VAR_AUTO_QUALIFIED, false),
        Map.entry(VAR_UNMET_REASONS, "未提交「依法设立」的证明材料\n证明材料已失效"));
  }

  @Test
  void checkWithoutABidIsAFault() {
    new CheckQualificationWorker(review, CLOCK).execute(task, service);
    failedOnce();
    verifyNoInteractions(review);
  }

  @Test
  void recordStoresTheDecision() {
    variables.putAll(Map.of(VAR_BID_ID, 5L, VAR_QUALIFICATION_DECISION, "OVERRIDE", VAR_OVERRIDE_REASON, "已补正",
        VAR_QUALIFICATION_REVIEWER, "registrar"));

    new RecordQualificationWorker(review, CLOCK).execute(task, service);

    verify(review).decide(5L, "OVERRIDE", "已补正", "registrar", NOW);
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void aConflictingDecisionIsAFault() {
    variables.putAll(Map.of(VAR_BID_ID, 5L, VAR_QUALIFICATION_DECISION, "CONFIRM",
        VAR_QUALIFICATION_REVIEWER, "registrar"));
    when(review.decide(5L, "CONFIRM", null, "registrar", NOW)).thenThrow(new TenderConflictException("已作出结论"));
    new RecordQualificationWorker(review, CLOCK).execute(task, service);
    failedOnce();
  }

  @Test
  void concludeSetsTheQualifiedBidsAndWhetherTheTenderFailed() {
    variables.putAll(Map.of(VAR_TENDER_ID, 11L, VAR_PROCUREMENT_METHOD, "OPEN_TENDER"));
    when(review.conclude(11L, ProcurementMethod.OPEN_TENDER, NOW))
        .thenReturn(new Conclusion(11L, List.of(3L, 5L), 3, true));

    new ConcludeQualificationWorker(review, CLOCK).execute(task, service);

    assertThat(completed()).containsOnly(Map.entry(VAR_QUALIFIED_BID_IDS, List.of(3L, 5L)),
        Map.entry(VAR_QUALIFIED_COUNT, 2), Map.entry(VAR_MINIMUM_QUALIFIED, 3), Map.entry(VAR_TENDER_FAILED, true));
  }

  @Test
  void concludingAnUnfinishedReviewIsAFault() {
    variables.putAll(Map.of(VAR_TENDER_ID, 11L, VAR_PROCUREMENT_METHOD, "OPEN_TENDER"));
    when(review.conclude(11L, ProcurementMethod.OPEN_TENDER, NOW))
        .thenThrow(new InvalidRequestException("投标[5]尚未完成资格审查"));
    new ConcludeQualificationWorker(review, CLOCK).execute(task, service);
    failedOnce();
  }

  // ---- tender.changeMethod -------------------------------------------------------------------

  @Test
  void changeMethodSetsTheNewMethod() {
    variables.putAll(Map.of(VAR_PLAN_ID, 7L, VAR_TENDER_ROUND, 1, VAR_NEW_PROCUREMENT_METHOD, "COMPETITIVE_NEGOTIATION",
        VAR_METHOD_CHANGE_REASON, "合格投标人不足三家", VAR_METHOD_CHANGE_APPROVER, "finance",
        VAR_METHOD_CHANGE_COMMENT, "同意"));
    when(methodChanges.change(7L, 1, ProcurementMethod.COMPETITIVE_NEGOTIATION, "合格投标人不足三家", "finance", "同意",
        NOW)).thenReturn(new MethodChanges.Change(1L, 7L, 1, ProcurementMethod.OPEN_TENDER,
            ProcurementMethod.COMPETITIVE_NEGOTIATION, "合格投标人不足三家", "finance", "同意", NOW));

    new ChangeMethodWorker(methodChanges, CLOCK).execute(task, service);

    assertThat(completed()).containsOnly(Map.entry(VAR_PROCUREMENT_METHOD, "COMPETITIVE_NEGOTIATION"));
  }

  @Test
  void anUnknownNewMethodIsAFault() {
    variables.putAll(Map.of(VAR_PLAN_ID, 7L, VAR_TENDER_ROUND, 1, VAR_NEW_PROCUREMENT_METHOD, "BARTER"));
    new ChangeMethodWorker(methodChanges, CLOCK).execute(task, service);
    failedOnce();
    verify(methodChanges, never()).change(anyLong(), org.mockito.ArgumentMatchers.anyInt(), any(), any(), any(), any(),
        any());
  }
}

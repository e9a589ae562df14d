package org.govpurchase.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.award.AwardProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.govpurchase.award.AwardViews.AwardView;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The six award workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class AwardWorkersTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T02:00:00Z"), ZoneOffset.UTC);
  static final String CODE = "52440300MJL0000012";
  static final Instant ENDS = Instant.parse("2026-10-13T15:59:59Z");
  static final Instant ANNOUNCED = Instant.parse("2026-09-01T02:00:00Z");

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock AwardService awards;

  static AwardView award(long id, AwardSource source, Instant publicityEnds, Instant announcedAt) {
    return new AwardView(id, "SZ-2026-0001", 3, null, 5, "深圳市阳光社会工作服务中心", CODE, new BigDecimal("480000.00"),
        source, null, announcedAt == null ? AwardStatus.PROPOSED : AwardStatus.ANNOUNCED, "理由", ANNOUNCED,
        publicityEnds, null, announcedAt, announcedAt, null, null);
  }

  void choice() {
    when(task.getVariable(VAR_PLAN_ID)).thenReturn(3);
    when(task.getVariable(VAR_PLAN_NO)).thenReturn("SZ-2026-0001");
    when(task.getVariable(VAR_CHOSEN_SUPPLIER_CODE)).thenReturn(CODE);
    when(task.getVariable(VAR_CHOSEN_PRICE)).thenReturn(480000.5);
    when(task.getVariable(VAR_CHOICE_JUSTIFICATION)).thenReturn("理由");
  }

  @Test
  void recordDirectPurchaseCompletesWithTheAward() {
    choice();
    when(task.getVariable(VAR_AWARD_CONFIRMED_BY)).thenReturn("buyer1");
    when(awards.recordDirectPurchase(eq(3L), eq("SZ-2026-0001"), eq(CODE), eq(new BigDecimal("480000.5")), eq("理由"),
        eq("buyer1"), any())).thenReturn(award(11, AwardSource.DIRECT_PURCHASE, null, null));

    new RecordDirectPurchaseWorker(awards, CLOCK).execute(task, service);

    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsEntry(VAR_AWARD_ID, 11L).containsEntry(VAR_AWARD_REFUSAL, null);
  }

  @Test
  void aRefusedChoiceGoesBackToTheForm() {
    choice();
    String reason = "承接主体「深圳市新芽服务社」不符合承接条件：未提交证明材料";
    when(awards.recordDirectPurchase(anyLong(), anyString(), anyString(), any(), anyString(), any(), any()))
        .thenThrow(new AwardRefusedException(reason));

    new RecordDirectPurchaseWorker(awards, CLOCK).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_AWARD_REFUSED, reason, Map.of(VAR_AWARD_REFUSAL, reason));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aMissingPlanIsATechnicalFault() {
    when(task.getRetries()).thenReturn(null);

    new RecordDirectPurchaseWorker(awards, CLOCK).execute(task, service);

    verify(service).handleFailure(eq(task), eq("planId is missing or not a whole number: null"), anyString(), eq(3),
        eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  @Test
  void publicizeSingleSourceSetsTheEndOfThePublicityAndTheSummary() {
    choice();
    when(awards.publicizeSingleSource(eq(3L), eq("SZ-2026-0001"), eq(CODE), any(), eq("理由"), isNull(), any()))
        .thenReturn(award(12, AwardSource.SINGLE_SOURCE, ENDS, null));
    when(awards.proposedSummary("SZ-2026-0001")).thenReturn("拟成交承接主体（单一来源）：…");

    new PublicizeSingleSourceWorker(awards, CLOCK).execute(task, service);

    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsEntry(VAR_AWARD_ID, 12L)
        .containsEntry(VAR_PUBLICITY_ENDS, Date.from(ENDS))
        .containsEntry(VAR_AWARD_SUMMARY, "拟成交承接主体（单一来源）：…")
        .containsEntry(VAR_AWARD_REFUSAL, null);
  }

  @Test
  void aRefusedSingleSourceGoesBackToTheForm() {
    choice();
    when(awards.publicizeSingleSource(anyLong(), anyString(), anyString(), any(), anyString(), any(), any()))
        .thenThrow(new AwardConflictException("已有拟成交结果"));

    new PublicizeSingleSourceWorker(awards, CLOCK).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_AWARD_REFUSED, "已有拟成交结果", Map.of(VAR_AWARD_REFUSAL, "已有拟成交结果"));
    verifyNoMoreInteractions(service);
  }

  @Test
  void publishAnnouncesUnderTheProcurementNumberOrThePlanNumber() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn("SZ-2026-0001-2");
    when(task.getVariable(VAR_TENDER_ID)).thenReturn(7L);
    when(task.getVariable(VAR_AWARD_CONFIRMED_BY)).thenReturn("buyer1");
    when(task.getVariable(VAR_AWARD_COMMENT)).thenReturn("同意");
    when(awards.publish(eq("SZ-2026-0001-2"), eq(7L), eq("buyer1"), eq("同意"), any()))
        .thenReturn(award(13, AwardSource.REPORT, null, ANNOUNCED));

    new PublishAwardWorker(awards, CLOCK).execute(task, service);

    verify(service).complete(task, Map.of(VAR_AWARD_ID, 13L, VAR_ANNOUNCED_AT, Date.from(ANNOUNCED)));
    verifyNoMoreInteractions(service);
  }

  @Test
  void publishWithoutATenderUsesThePlanNumber() {
    when(task.getVariable(VAR_PLAN_NO)).thenReturn("SZ-2026-0001");
    when(awards.publish(eq("SZ-2026-0001"), isNull(), isNull(), isNull(), any()))
        .thenReturn(award(14, AwardSource.DIRECT_PURCHASE, null, ANNOUNCED));

    new PublishAwardWorker(awards, CLOCK).execute(task, service);

    verify(service).complete(task, Map.of(VAR_AWARD_ID, 14L, VAR_ANNOUNCED_AT, Date.from(ANNOUNCED)));
    verifyNoMoreInteractions(service);
  }

  @Test
  void answerChallengeRecordsTheDecision() {
    when(task.getVariable(VAR_CHALLENGE_ID)).thenReturn(31);
    when(task.getVariable(VAR_CHALLENGE_DECISION)).thenReturn("UPHELD_NEXT_RANKED");
    when(task.getVariable(VAR_CHALLENGE_ANSWER)).thenReturn("评分有误，依次递补");
    when(task.getVariable(VAR_CHALLENGE_ANSWERED_BY)).thenReturn("buyer1");
    when(awards.answerChallenge(eq(31L), eq(ChallengeDecision.UPHELD_NEXT_RANKED), eq("评分有误，依次递补"), eq("buyer1"),
        any())).thenReturn(new ChallengeView(31, 5, "SZ-2026-0001", 6, "rainbow1", "评分有误", ANNOUNCED,
            ChallengeDecision.UPHELD_NEXT_RANKED, "评分有误，依次递补", ANNOUNCED));

    new AnswerChallengeWorker(awards, CLOCK).execute(task, service);

    verify(awards).answerChallenge(eq(31L), eq(ChallengeDecision.UPHELD_NEXT_RANKED), eq("评分有误，依次递补"),
        eq("buyer1"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void moveToNextRankedProposesTheNextOrRaisesNoNextRanked() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn("SZ-2026-0001");
    when(awards.moveToNextRanked(eq("SZ-2026-0001"), anyString(), any()))
        .thenReturn(award(15, AwardSource.REPORT, null, null));
    when(awards.proposedSummary("SZ-2026-0001")).thenReturn("拟中标承接主体：…综合得分第2名");

    new MoveToNextRankedWorker(awards, CLOCK).execute(task, service);

    verify(service).complete(task, Map.of(VAR_AWARD_ID, 15L, VAR_AWARD_SUMMARY, "拟中标承接主体：…综合得分第2名"));
    verifyNoMoreInteractions(service);
  }

  @Test
  void noNextRankedIsABpmnError() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn("SZ-2026-0001");
    when(awards.moveToNextRanked(eq("SZ-2026-0001"), anyString(), any()))
        .thenThrow(new NoNextRankedException("已没有可递补的中标候选人"));

    new MoveToNextRankedWorker(awards, CLOCK).execute(task, service);

    verify(service).handleBpmnError(task, ERROR_NO_NEXT_RANKED, "已没有可递补的中标候选人");
    verifyNoMoreInteractions(service);
  }

  @Test
  void revokeRevokesTheAward() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn("SZ-2026-0001");
    when(awards.revoke(eq("SZ-2026-0001"), anyString(), any())).thenReturn(Optional.empty());

    new RevokeAwardWorker(awards, CLOCK).execute(task, service);

    verify(awards).revoke(eq("SZ-2026-0001"), eq("质疑成立，重新采购"), any());
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void serviceFaultsAreRetried() {
    when(task.getRetries()).thenReturn(null);
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn("SZ-2026-0001");
    when(awards.revoke(anyString(), anyString(), any())).thenThrow(new IllegalStateException("database is down"));

    new RevokeAwardWorker(awards, CLOCK).execute(task, service);

    verify(service).handleFailure(eq(task), eq("database is down"), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  private static long anyLong() {
    return org.mockito.ArgumentMatchers.anyLong();
  }
}

package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govpurchase.evaluation.EvaluationProcess.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.variable.ClientValues;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

/** The five evaluation workers: thin adapters that end every task with exactly one call. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EvaluationWorkersTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-23T02:00:00Z"), ZoneOffset.UTC);
  static final String NO = "SZ-2026-0001";
  static final Instant DEADLINE = Instant.parse("2026-03-23T01:30:00Z");

  @Mock ExternalTask task;
  @Mock ExternalTaskService service;
  @Mock TenderCommittee committees;
  @Mock ExpertScores scores;
  @Mock EvaluationReportWriter writer;

  @BeforeEach
  void firstRun() {
    // a task that has not failed before: the engine sends no retries (a mock would answer 0)
    when(task.getRetries()).thenReturn(null);
  }

  void verifyFailedOnce(String messagePart) {
    verify(service).handleFailure(eq(task), argThat(m -> m.contains(messagePart)), anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  // ---- evaluation.drawCommittee --------------------------------------------------------------

  void drawVariables() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn(NO);
    when(task.getVariable(VAR_PLAN_ID)).thenReturn(7);
    when(task.getVariable(VAR_TENDER_ID)).thenReturn(3L);
    when(task.getVariableTyped(VAR_COMMITTEE_SPECIALTIES)).thenReturn(ClientValues.jsonValue("[\"SOCIAL_WORK\",\"LAW\"]"));
    when(task.getVariableTyped(VAR_QUALIFIED_BID_IDS)).thenReturn(Variables.untypedValue(List.of(11, 12L)));
    when(task.getVariable(VAR_BID_DEADLINE)).thenReturn(Date.from(DEADLINE));
  }

  @Test
  void drawCommitteeSetsTheDrawTheMembersUsersAndTheBidders() {
    drawVariables();
    when(committees.draw(NO, 7L, 3L, EnumSet.of(Specialty.SOCIAL_WORK, Specialty.LAW), List.of(11L, 12L), DEADLINE))
        .thenReturn(new TenderCommittee.Drawn(5L, List.of("expert1", "expert3", "expert6", "expert9"), "阳光\n彩虹"));

    new DrawCommitteeWorker(committees).execute(task, service);

    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsEntry(VAR_COMMITTEE_DRAW_ID, 5L)
        .containsEntry(VAR_COMMITTEE_USER_IDS, List.of("expert1", "expert3", "expert6", "expert9"))
        .containsEntry(VAR_BIDDER_NAMES, "阳光\n彩虹");
  }

  @Test
  void drawCommitteeWithoutSpecialtiesAndWithJsonBidIdsDrawsWithNone() {
    drawVariables();
    when(task.getVariableTyped(VAR_COMMITTEE_SPECIALTIES)).thenReturn(null);
    when(task.getVariableTyped(VAR_QUALIFIED_BID_IDS)).thenReturn(ClientValues.jsonValue("[11,12]"));
    when(committees.draw(NO, 7L, 3L, Set.of(), List.of(11L, 12L), DEADLINE))
        .thenReturn(new TenderCommittee.Drawn(5L, List.of("expert1"), "阳光"));

    new DrawCommitteeWorker(committees).execute(task, service);

    verify(service).complete(eq(task), argThat(v -> Long.valueOf(5L).equals(v.get(VAR_COMMITTEE_DRAW_ID))));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aPoolTooSmallIsAnIncidentWithTheReason() {
    drawVariables();
    when(committees.draw(any(), anyLong(), anyLong(), any(), any(), any())).thenThrow(new CommitteeDrawException(
        CommitteeDrawException.Reason.POOL_TOO_SMALL, "可抽取专家不足：需要6名，只有3名"));

    new DrawCommitteeWorker(committees).execute(task, service);

    verifyFailedOnce("评标委员会抽取失败，请补充专家库后重试：可抽取专家不足");
  }

  @Test
  void aDrawnMemberWithoutLoginIsAnIncidentNamingTheExpert() {
    drawVariables();
    when(committees.draw(any(), anyLong(), anyLong(), any(), any(), any()))
        .thenThrow(new TenderCommittee.NoLoginException("专家陈晓华（专家ID 3）没有平台账号"));

    new DrawCommitteeWorker(committees).execute(task, service);

    verifyFailedOnce("陈晓华");
  }

  @Test
  void anUnknownSpecialtyOrMissingBidIdsIsATechnicalFault() {
    drawVariables();
    when(task.getVariableTyped(VAR_COMMITTEE_SPECIALTIES)).thenReturn(ClientValues.jsonValue("[\"ASTROLOGY\"]"));

    new DrawCommitteeWorker(committees).execute(task, service);

    verifyFailedOnce("ASTROLOGY");
    verifyNoInteractions(committees);
  }

  // ---- evaluation.replaceDeclinedExpert ------------------------------------------------------

  @Test
  void theStandbyGetsTheAttendanceTaskWithTheDecisionCleared() {
    when(task.getVariable(VAR_COMMITTEE_DRAW_ID)).thenReturn(5L);
    when(task.getVariable(VAR_EXPERT_USER_ID)).thenReturn("expert3");
    when(task.getVariable(VAR_DECLINE_REASON)).thenReturn("出差");
    when(committees.replaceDeclined(5L, "expert3")).thenReturn("expert11");

    new ReplaceDeclinedExpertWorker(committees).execute(task, service);

    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
    verify(service).complete(eq(task), variables.capture());
    verifyNoMoreInteractions(service);
    assertThat(variables.getValue()).containsEntry(VAR_EXPERT_USER_ID, "expert11")
        .containsEntry(VAR_ATTENDANCE_DECISION, null).containsEntry(VAR_DECLINE_REASON, null).hasSize(3);
  }

  @Test
  void noStandbyLeftIsAnIncident() {
    when(task.getVariable(VAR_COMMITTEE_DRAW_ID)).thenReturn(5);
    when(task.getVariable(VAR_EXPERT_USER_ID)).thenReturn("expert3");
    when(committees.replaceDeclined(5L, "expert3")).thenThrow(new CommitteeDrawException(
        CommitteeDrawException.Reason.NO_SUITABLE_STANDBY, "没有可替补专家3的候补专家"));

    new ReplaceDeclinedExpertWorker(committees).execute(task, service);

    verify(service).handleFailure(eq(task), argThat(m -> m.startsWith(ReplaceDeclinedExpertWorker.NO_STANDBY_LEFT)),
        anyString(), eq(3), eq(10_000L));
    verifyNoMoreInteractions(service);
  }

  // ---- evaluation.seatCommittee --------------------------------------------------------------

  @Test
  void theSeatedCommitteeScores() {
    when(task.getVariable(VAR_COMMITTEE_DRAW_ID)).thenReturn(5L);
    when(committees.seat(5L)).thenReturn(List.of("expert11", "expert3"));

    new SeatCommitteeWorker(committees).execute(task, service);

    verify(service).complete(task, Map.of(VAR_SCORER_USER_IDS, List.of("expert11", "expert3")));
    verifyNoMoreInteractions(service);
  }

  @Test
  void seatingWithoutADrawIdIsATechnicalFault() {
    new SeatCommitteeWorker(committees).execute(task, service);

    verifyFailedOnce("committeeDrawId");
  }

  // ---- evaluation.recordScore ----------------------------------------------------------------

  void scoreVariables() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn(NO);
    when(task.getVariable(VAR_TENDER_ID)).thenReturn(3L);
    when(task.getVariable(VAR_EXPERT_USER_ID)).thenReturn("expert3");
    when(task.getVariable(VAR_BID_ID)).thenReturn(11L);
    when(task.getVariable(VAR_SCORE_PROPOSAL)).thenReturn(85.5);
    when(task.getVariable(VAR_SCORE_CAPACITY)).thenReturn(70);
    when(task.getVariable(VAR_SCORE_PRICE)).thenReturn(90L);
    when(task.getVariable(VAR_SCORE_COMMENT)).thenReturn("方案完整");
  }

  @Test
  void recordScoreStoresTheThreeScoresAsDecimals() {
    scoreVariables();

    new RecordScoreWorker(scores, CLOCK).execute(task, service);

    verify(scores).record(eq(NO), eq(3L), eq("expert3"), eq(11L), eq(new BigDecimal("85.5")), eq(new BigDecimal("70")),
        eq(new BigDecimal("90")), eq("方案完整"), any(Instant.class));
    verify(service).complete(task);
    verifyNoMoreInteractions(service);
  }

  @Test
  void aScoreOfSomebodyNotOnTheCommitteeIsRefused() {
    scoreVariables();
    org.mockito.Mockito.doThrow(new ExpertScores.NotOnCommitteeException("用户「expert3」不是在任专家"))
        .when(scores).record(any(), anyLong(), any(), anyLong(), any(), any(), any(), any(), any());

    new RecordScoreWorker(scores, CLOCK).execute(task, service);

    verifyFailedOnce("不是在任专家");
  }

  @Test
  void aScoreThatIsNoNumberIsATechnicalFault() {
    scoreVariables();
    when(task.getVariable(VAR_SCORE_PRICE)).thenReturn("九十");

    new RecordScoreWorker(scores, CLOCK).execute(task, service);

    verifyFailedOnce("scorePrice");
    verifyNoInteractions(scores);
  }

  // ---- evaluation.writeReport ----------------------------------------------------------------

  @Test
  void writeReportSetsTheAwardSummary() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn(NO);
    when(task.getVariable(VAR_TENDER_ID)).thenReturn(3);
    when(task.getVariableTyped(VAR_QUALIFIED_BID_IDS)).thenReturn(Variables.untypedValue(List.of(11L, 12L)));
    when(writer.write(NO, 3L, List.of(11L, 12L))).thenReturn(new EvaluationReportWriter.Written(null, "推荐第一名：阳光"));

    new WriteReportWorker(writer).execute(task, service);

    verify(service).complete(task, Map.of(VAR_AWARD_SUMMARY, "推荐第一名：阳光"));
    verifyNoMoreInteractions(service);
  }

  @Test
  void aReportBeforeEveryScoreIsATechnicalFault() {
    when(task.getVariable(VAR_PROCUREMENT_NO)).thenReturn(NO);
    when(task.getVariable(VAR_TENDER_ID)).thenReturn(3);
    when(task.getVariableTyped(VAR_QUALIFIED_BID_IDS)).thenReturn(ClientValues.jsonValue("[11]"));
    when(writer.write(NO, 3L, List.of(11L))).thenThrow(new IllegalStateException("专家周杰尚未对投标11评分"));

    new WriteReportWorker(writer).execute(task, service);

    verifyFailedOnce("尚未对投标11评分");
  }
}

package org.govpurchase.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.award.AwardViews.AwardView;
import org.govpurchase.award.AwardViews.ChallengeView;
import org.govpurchase.award.AwardViews.PublicAward;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.evaluation.CommitteeDraw;
import org.govpurchase.evaluation.EvaluationReport;
import org.govpurchase.evaluation.EvaluationReport.RankedBid;
import org.govpurchase.evaluation.EvaluationReports;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderService;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Awards and challenges on the Flyway schema (H2 by default) with the real tender service,
 * evaluation reports and the seeded 2026 working-day calendar; the committee draw is a mock.
 * The test runs outside a transaction, so each service call commits or rolls back on its own.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, AwardService.class, SupplierService.class, TenderService.class, EvaluationReports.class, WorkingDays.class,
    AwardServiceTest.CalendarScan.class})
class AwardServiceTest {

  @ComponentScan(basePackages = "org.govpurchase.calendar", useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*JpaCalendarSource"))
  static class CalendarScan {
  }

  static final String NO = "SZ-2026-0001";
  static final String SUNSHINE_CODE = "52440300MJL0000012";
  static final String RAINBOW_CODE = "52440300MJL0000025";
  static final String HARBOUR_CODE = "52440300MJL0000038";
  static final String UNQUALIFIED_CODE = "52440300MJL000004B";
  static final BigDecimal PRICE = new BigDecimal("480000.00");

  @Autowired AwardService service;
  @Autowired TenderService tenders;
  @Autowired EvaluationReports reports;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean CommitteeDraw committees;

  PlanFixture plans;
  long planId;
  long sunshine;
  long rainbow;
  long harbour;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    planId = plans.approvedPlan(NO, ProcurementMethod.OPEN_TENDER, new BigDecimal("500000.00"), LocalDate.of(2026, 11, 1));
    sunshine = supplier(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", "sunshine1", true);
    rainbow = supplier(RAINBOW_CODE, "深圳市彩虹长者服务社", "rainbow1", true);
    harbour = supplier(HARBOUR_CODE, "深圳市港湾社区服务中心", "harbour1", true);
    supplier(UNQUALIFIED_CODE, "深圳市新芽服务社", "sprout1", false);
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"award_challenge", "award", "evaluation_report", "committee_draw", "bid",
        "tender_clarification", "tender"}) {
      jdbc.update("delete from " + table);
    }
    plans.cleanUp();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history",
        "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  long supplier(String code, String name, String user, boolean qualified) {
    jdbc.update("insert into supplier (credit_code, name, organization_type, registration_authority,"
        + " evaluation_grade, status) values (?, ?, 'SOCIAL_SERVICE_ORGANIZATION', '深圳市民政局', 'NONE', 'ACTIVE')",
        code, name);
    long id = jdbc.queryForObject("select id from supplier where credit_code = ?", Long.class, code);
    jdbc.update("insert into supplier_member (supplier_id, user_id, added_by) values (?, ?, 'registrar')", id, user);
    if (qualified) {
      for (String condition : List.of("LEGALLY_ESTABLISHED", "SOUND_GOVERNANCE", "INDEPENDENT_FINANCE",
          "PROFESSIONAL_CAPACITY", "TAX_AND_SOCIAL_SECURITY", "NO_MAJOR_VIOLATION_3Y", "OTHER_LEGAL_CONDITIONS")) {
        jdbc.update("insert into supplier_condition_evidence (supplier_id, condition_code, evidence, verified,"
            + " verified_by, verified_at, recorded_by) values (?, ?, '证明', true, 'registrar', CURRENT_TIMESTAMP,"
            + " 'registrar')", id, condition);
      }
    }
    return id;
  }

  int rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  /** an open tender with bids of rainbow, sunshine and harbour, closed, and a report ranking them in that order */
  long tenderWithReport() {
    Instant announced = beijing("2026-08-03T10:00");
    long tenderId = tenders.announce(NO, planId, ProcurementMethod.OPEN_TENDER, "居家养老服务项目", "持证社工不少于5名",
        LocalDate.of(2026, 8, 3), beijing("2026-08-25T09:30"), announced).id();
    tenders.submitBid(tenderId, "rainbow1", new BigDecimal("470000.00"), "方案A", beijing("2026-08-04T10:00"));
    tenders.submitBid(tenderId, "sunshine1", PRICE, "方案B", beijing("2026-08-04T11:00"));
    tenders.submitBid(tenderId, "harbour1", new BigDecimal("490000.00"), "方案C", beijing("2026-08-04T12:00"));
    tenders.close(tenderId, beijing("2026-08-25T09:30"));
    reports.save(new EvaluationReport(NO, new BigDecimal("0.70"), new BigDecimal("0.30"), new BigDecimal("20"),
        List.of(), List.of(ranked(1, rainbow, RAINBOW_CODE, "470000.00", "88.50"),
            ranked(2, sunshine, SUNSHINE_CODE, "480000.00", "86.20"),
            ranked(3, harbour, HARBOUR_CODE, "490000.00", "80.00")),
        List.of(), "综合得分高者排名在前"));
    return tenderId;
  }

  static RankedBid ranked(int rank, long supplierId, String code, String price, String score) {
    return new RankedBid(rank, supplierId, code, new BigDecimal(price), beijing("2026-08-04T10:00"),
        new BigDecimal("90.00"), new BigDecimal(score), new BigDecimal(score), List.of(),
        rank == 1 ? null : EvaluationReport.RankingStep.COMPREHENSIVE_SCORE);
  }

  void committeeDrawn() {
    jdbc.update("insert into committee_draw (draw_key, procurement_no, seed, bid_deadline, budget, committee_size,"
        + " expert_seats, buyer_seats, standby_count, specialties, sealed) values ('draw-1', ?, 1, '2026-08-25',"
        + " 500000.00, 5, 4, 1, 2, '', true)", NO);
  }

  // ---- direct purchase -----------------------------------------------------------------------

  @Test
  void aDirectPurchaseGoesToAQualifiedSupplierOnce() {
    Instant now = beijing("2026-09-01T10:00");
    AwardView award = service.recordDirectPurchase(planId, NO, " " + SUNSHINE_CODE.toLowerCase(), PRICE, "紧急服务",
        "buyer1", now);

    assertThat(award.source()).isEqualTo(AwardSource.DIRECT_PURCHASE);
    assertThat(award.status()).isEqualTo(AwardStatus.PROPOSED);
    assertThat(award.supplierId()).isEqualTo(sunshine);
    assertThat(award.supplierName()).isEqualTo("深圳市阳光社会工作服务中心");
    assertThat(award.tenderId()).isNull();
    assertThat(award.publicityEnds()).isNull();
    assertThat(service.recordDirectPurchase(planId, NO, SUNSHINE_CODE, new BigDecimal("480000"), "紧急服务", "buyer1",
        now.plusSeconds(60)).id()).isEqualTo(award.id());
    assertThatThrownBy(() -> service.recordDirectPurchase(planId, NO, RAINBOW_CODE, PRICE, "紧急服务", "buyer1", now))
        .isInstanceOf(AwardConflictException.class).hasMessageContaining("深圳市阳光社会工作服务中心");
    assertThat(rows("award")).isEqualTo(1);

    AwardView published = service.publish(NO, null, null, null, now.plusSeconds(120));
    assertThat(published.status()).isEqualTo(AwardStatus.ANNOUNCED);
    assertThat(published.confirmedBy()).isEqualTo("buyer1");
    verify(committees, never()).unseal(anyString());
  }

  @Test
  void aDirectPurchaseRefusesUnknownUnqualifiedAndBadInput() {
    Instant now = beijing("2026-09-01T10:00");
    assertThatThrownBy(() -> service.recordDirectPurchase(planId, NO, "91440300MA5FXXXX0X", PRICE, "理由", "b", now))
        .isInstanceOf(AwardRefusedException.class).hasMessageContaining("统一社会信用代码无效");
    assertThatThrownBy(() -> service.recordDirectPurchase(planId, NO, "91110000600037341L", PRICE, "理由", "b", now))
        .isInstanceOf(AwardRefusedException.class).hasMessageContaining("未登记");
    assertThatThrownBy(() -> service.recordDirectPurchase(planId, NO, UNQUALIFIED_CODE, PRICE, "理由", "b", now))
        .isInstanceOf(AwardRefusedException.class).hasMessageContaining("不符合承接条件")
        .hasMessageContaining("深圳市新芽服务社");
    assertThatThrownBy(() -> service.recordDirectPurchase(planId, NO, SUNSHINE_CODE, new BigDecimal("1.005"), " ",
        "b", now))
        .isInstanceOf(AwardRefusedException.class).hasMessageContaining("最多两位小数").hasMessageContaining("理由");
    assertThat(rows("award")).isZero();
  }

  // ---- single source: 5 working days [law] ---------------------------------------------------

  @Test
  void aSingleSourceIsPublicizedForFiveWorkingDaysAcrossNationalDay() {
    // Wed 2026-09-30; 10-01..07 are holidays, Sat 10-10 a make-up workday:
    // 10-08, 10-09, 10-10, 10-12, 10-13
    AwardView award = service.publicizeSingleSource(planId, NO, RAINBOW_CODE, PRICE, "唯一具备资质", "buyer1",
        beijing("2026-09-30T10:00"));

    assertThat(award.publicityEnds()).isEqualTo(beijing("2026-10-13T23:59:59"));
    assertThat(award.source()).isEqualTo(AwardSource.SINGLE_SOURCE);
    assertThat(service.publicizeSingleSource(planId, NO, RAINBOW_CODE, PRICE, "唯一具备资质", "buyer1",
        beijing("2026-10-01T10:00")).publicityEnds()).isEqualTo(award.publicityEnds());
    assertThat(service.proposedSummary(NO)).contains("深圳市彩虹长者服务社", "480000.00元", "2026-10-13 23:59:59");

    assertThatThrownBy(() -> service.publish(NO, null, "buyer1", null, beijing("2026-10-13T18:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("公示期满前");
    AwardView published = service.publish(NO, null, "buyer1", "同意", beijing("2026-10-14T09:00"));
    assertThat(published.status()).isEqualTo(AwardStatus.ANNOUNCED);
    assertThat(published.announcedAt()).isEqualTo(beijing("2026-10-14T09:00"));
  }

  // ---- publishing from the report ------------------------------------------------------------

  @Test
  void publishingAnnouncesTheFirstRankedUnsealsTheCommitteeAndAwardsTheTender() {
    long tenderId = tenderWithReport();
    committeeDrawn();
    assertThatThrownBy(() -> service.publicAward(NO)).isInstanceOf(NoSuchElementException.class);
    // the confirmation form before award.publish proposes the award
    assertThat(service.proposedSummary(NO)).isEqualTo(
        "拟中标承接主体：深圳市彩虹长者服务社（统一社会信用代码52440300MJL0000025），报价470000.00元，综合得分第1名 88.50分");
    assertThatThrownBy(() -> service.proposedSummary("SZ-2026-0099")).isInstanceOf(NoSuchElementException.class);

    Instant at = beijing("2026-09-01T10:00");
    AwardView award = service.publish(NO, tenderId, "buyer1", "同意", at);

    assertThat(award.source()).isEqualTo(AwardSource.REPORT);
    assertThat(award.reportRank()).isEqualTo(1);
    assertThat(award.supplierId()).isEqualTo(rainbow);
    assertThat(award.price()).isEqualByComparingTo("470000.00");
    assertThat(award.status()).isEqualTo(AwardStatus.ANNOUNCED);
    assertThat(award.announcedAt()).isEqualTo(at);
    assertThat(award.confirmedBy()).isEqualTo("buyer1");
    assertThat(tenders.tender(tenderId).status().name()).isEqualTo("AWARDED");
    verify(committees).unseal(NO);

    AwardView again = service.publish(NO, tenderId, "buyer2", "再次", at.plusSeconds(3600));
    assertThat(again.id()).isEqualTo(award.id());
    assertThat(again.announcedAt()).isEqualTo(at);
    assertThat(rows("award")).isEqualTo(1);

    assertThat(service.proposedSummary(NO)).startsWith("拟中标承接主体：深圳市彩虹长者服务社")
        .contains("报价470000.00元", "综合得分第1名", "88.50分");
    PublicAward notice = service.publicAward(NO);
    assertThat(notice.serviceName()).isEqualTo("居家养老服务");
    assertThat(notice.supplierName()).isEqualTo("深圳市彩虹长者服务社");
    assertThat(notice.creditCode()).isEqualTo(RAINBOW_CODE);
    // Tue 09-01 + 7 working days = Thu 09-10
    assertThat(notice.challengeDeadline()).isEqualTo(beijing("2026-09-10T23:59:59"));
    assertThat(notice.ranking()).extracting(AwardViews.PublicRank::supplierName)
        .containsExactly("深圳市彩虹长者服务社", "深圳市阳光社会工作服务中心", "深圳市港湾社区服务中心");
    verify(committees).publicCommittee(NO);
  }

  // ---- challenges: 7 working days [law] ------------------------------------------------------

  @Test
  void aBidderMayChallengeWithinSevenWorkingDaysOfTheAnnouncement() {
    long tenderId = tenderWithReport();
    // Thu 2026-09-24; 09-25..27 Mid-Autumn, 10-01..07 National Day, Sat 10-10 a workday:
    // 09-28, 09-29, 09-30, 10-08, 10-09, 10-10, 10-12
    service.publish(NO, tenderId, "buyer1", null, beijing("2026-09-24T10:00"));

    ChallengeView raised = service.raiseChallenge(NO, "sunshine1", "评分有误", beijing("2026-10-12T23:59:00"));
    assertThat(raised.supplierId()).isEqualTo(sunshine);
    assertThat(raised.raisedBy()).isEqualTo("sunshine1");
    assertThat(service.myChallenges(NO, "sunshine1")).extracting(ChallengeView::id).containsExactly(raised.id());
    assertThat(service.challengeSummary(raised.id())).contains("深圳市阳光社会工作服务中心", "2026-10-12 23:59:00", "评分有误");

    assertThatThrownBy(() -> service.raiseChallenge(NO, "harbour1", "评分有误", beijing("2026-10-13T00:00:01")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("7个工作日")
        .hasMessageContaining("2026-10-12 23:59:59");
    assertThatThrownBy(() -> service.raiseChallenge(NO, "sprout1", "评分有误", beijing("2026-09-25T10:00")))
        .isInstanceOf(ChallengeAccessDeniedException.class).hasMessageContaining("未参与");
    assertThatThrownBy(() -> service.raiseChallenge(NO, "buyer1", "评分有误", beijing("2026-09-25T10:00")))
        .isInstanceOf(ChallengeAccessDeniedException.class);
    assertThatThrownBy(() -> service.raiseChallenge(NO, "harbour1", " ", beijing("2026-09-25T10:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> service.raiseChallenge(NO, "harbour1", "长".repeat(2001), beijing("2026-09-25T10:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2000");
    assertThatThrownBy(() -> service.raiseChallenge("SZ-2026-0099", "harbour1", "x", beijing("2026-09-25T10:00")))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(rows("award_challenge")).isEqualTo(1);
  }

  @Test
  void aProposedAwardCannotBeChallenged() {
    service.publicizeSingleSource(planId, NO, RAINBOW_CODE, PRICE, "唯一", "buyer1", beijing("2026-09-01T10:00"));
    assertThatThrownBy(() -> service.raiseChallenge(NO, "sunshine1", "不服", beijing("2026-09-02T10:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("尚未公告");
  }

  @Test
  void anAnswerIsKeptAndCannotChange() {
    long tenderId = tenderWithReport();
    service.publish(NO, tenderId, "buyer1", null, beijing("2026-09-01T10:00"));
    long id = service.raiseChallenge(NO, "sunshine1", "评分有误", beijing("2026-09-02T10:00")).id();

    assertThatThrownBy(() -> service.answerChallenge(id, null, " ", "buyer1", beijing("2026-09-03T10:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("答复结论").hasMessageContaining("answer");
    ChallengeView answered = service.answerChallenge(id, ChallengeDecision.DISMISSED, "评分无误", "buyer1",
        beijing("2026-09-03T10:00"));
    assertThat(answered.decision()).isEqualTo(ChallengeDecision.DISMISSED);
    assertThat(service.answerChallenge(id, ChallengeDecision.DISMISSED, "评分无误", "buyer1",
        beijing("2026-09-04T10:00")).answeredAt()).isEqualTo(beijing("2026-09-03T10:00"));
    assertThatThrownBy(() -> service.answerChallenge(id, ChallengeDecision.UPHELD_RETENDER, "评分无误", "buyer1",
        beijing("2026-09-04T10:00"))).isInstanceOf(AwardConflictException.class);
    assertThatThrownBy(() -> service.answerChallenge(999_999L, ChallengeDecision.DISMISSED, "x", "b",
        beijing("2026-09-04T10:00"))).isInstanceOf(NoSuchElementException.class);
  }

  // ---- after an upheld challenge -------------------------------------------------------------

  @Test
  void anUpheldChallengeMovesTheAwardDownTheRankingUntilNoneIsLeft() {
    long tenderId = tenderWithReport();
    Instant at = beijing("2026-09-01T10:00");
    AwardView first = service.publish(NO, tenderId, "buyer1", null, at);

    AwardView second = service.moveToNextRanked(NO, null, at.plusSeconds(86_400));
    assertThat(second.supplierId()).isEqualTo(sunshine);
    assertThat(second.reportRank()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(AwardStatus.PROPOSED);
    assertThat(second.tenderId()).isEqualTo(tenderId);
    assertThat(service.history(NO).get(0).status()).isEqualTo(AwardStatus.REVOKED);
    assertThat(service.history(NO).get(0).revokedReason()).isEqualTo("质疑成立，依次递补");
    // a second run of the same task changes nothing
    assertThat(service.moveToNextRanked(NO, null, at.plusSeconds(90_000)).id()).isEqualTo(second.id());
    assertThat(service.proposedSummary(NO)).contains("深圳市阳光社会工作服务中心", "综合得分第2名", "86.20分");
    // the earlier announcement stays public until the new one
    assertThat(service.publicAward(NO).supplierName()).isEqualTo("深圳市彩虹长者服务社");

    service.publish(NO, tenderId, "buyer1", null, at.plusSeconds(2 * 86_400));
    assertThat(service.publicAward(NO).supplierName()).isEqualTo("深圳市阳光社会工作服务中心");
    assertThat(service.moveToNextRanked(NO, null, at.plusSeconds(3 * 86_400)).supplierId()).isEqualTo(harbour);
    service.publish(NO, tenderId, "buyer1", null, at.plusSeconds(4 * 86_400));

    assertThatThrownBy(() -> service.moveToNextRanked(NO, null, at.plusSeconds(5 * 86_400)))
        .isInstanceOf(NoNextRankedException.class);
    assertThat(service.active(NO)).isEmpty();
    assertThat(service.history(NO)).extracting(AwardView::status).containsOnly(AwardStatus.REVOKED);
    assertThatThrownBy(() -> service.moveToNextRanked(NO, null, at.plusSeconds(6 * 86_400)))
        .isInstanceOf(NoNextRankedException.class);
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void revokingForARetenderIsIdempotent() {
    long tenderId = tenderWithReport();
    service.publish(NO, tenderId, "buyer1", null, beijing("2026-09-01T10:00"));

    AwardView revoked = service.revoke(NO, null, beijing("2026-09-05T10:00")).orElseThrow();
    assertThat(revoked.status()).isEqualTo(AwardStatus.REVOKED);
    assertThat(revoked.revokedReason()).isEqualTo("质疑成立，重新采购");
    assertThat(service.revoke(NO, null, beijing("2026-09-06T10:00")).orElseThrow().revokedAt())
        .isEqualTo(beijing("2026-09-05T10:00"));
    assertThat(service.revoke("SZ-2026-0099", null, beijing("2026-09-06T10:00"))).isEmpty();
    assertThat(service.active(NO)).isEmpty();
  }

  @Test
  void theSchemaKeepsOneAwardInForcePerProcurement() {
    service.recordDirectPurchase(planId, NO, SUNSHINE_CODE, PRICE, "紧急", "buyer1", beijing("2026-09-01T10:00"));
    assertThatThrownBy(() -> jdbc.update("insert into award (procurement_no, plan_id, supplier_id, price, source,"
        + " status, proposed_by, proposed_at, active_procurement_no) values (?, ?, ?, 1.00, 'DIRECT_PURCHASE',"
        + " 'PROPOSED', 'x', CURRENT_TIMESTAMP, ?)", NO, planId, rainbow, NO))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }
}

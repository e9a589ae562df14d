package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.plan.ApprovedPlan;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderService;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.govpurchase.calendar.BeijingTime;

/**
 * The committee, scoring and report steps of the Tendering process on the Flyway schema (H2):
 * real tenders and bids (rows), the real committee draw, scores and comprehensive scoring; only the
 * approved plan's budget is mocked.
 */
@DataJpaTest
@Import({StatutoryPeriods.class, TenderCommittee.class, ExpertScores.class, EvaluationReportWriter.class, CommitteeDraw.class,
    ExpertPool.class, Bidders.class, ComprehensiveScoring.class, EvaluationReports.class, TenderService.class,
    SupplierService.class})
class TenderEvaluationTest {

  static final String NO = "SZ-2026-0001";
  static final String CODE_A = "52440300MJL0000012";
  static final String CODE_B = "52440300MJL0000025";
  static final String CODE_C = "52440300MJL0000038";
  static final Instant DEADLINE = LocalDateTime.parse("2026-03-23T09:30").atZone(BeijingTime.ZONE).toInstant();
  static final Instant NOW = DEADLINE.plusSeconds(86_400);

  /** no expert login is an agency's or a supplier's here */
  @MockitoBean ExpertAffiliations affiliations;
  @Autowired TenderCommittee committees;
  @Autowired ExpertScores scores;
  @Autowired EvaluationReportWriter writer;
  @Autowired EvaluationReports reports;
  @Autowired CommitteeDraw draws;
  @Autowired ExpertPool pool;
  @Autowired ExpertScoreRepository scoreRows;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean ApprovedPlans plans;

  long planId;
  long tenderId;
  long supplierA;
  long supplierB;
  long supplierC;
  long bidA;
  long bidB;
  long bidC;

  @BeforeEach
  void fixture() {
    planId = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026)
        .approvedPlan(NO, ProcurementMethod.OPEN_TENDER, new BigDecimal("500000.00"), LocalDate.of(2026, 5, 1));
    ApprovedPlan plan = new ApprovedPlan(planId, NO, 2026, "SZ-MZ", "深圳市民政局", "居家养老服务", "每周上门两次",
        new BigDecimal("500000.00"), LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30), null, "持证社工不少于5名",
        null, false, null, false, "agency");
    when(plans.find(planId)).thenReturn(plan);

    supplierA = supplier(CODE_A, "深圳市阳光社会工作服务中心", "A5", "2030-12-31");
    supplierB = supplier(CODE_B, "深圳市彩虹长者服务社", "A3", "2030-12-31");
    // 4A, but expired before the deadline: counts as none
    supplierC = supplier(CODE_C, "深圳市启明青少年发展中心", "A4", "2025-12-31");
    jdbc.update("insert into tender (procurement_no, plan_id, procurement_method, status, title, requirements,"
        + " documents_issued_on, original_bid_deadline, bid_deadline, announced_at, closed_at) values (?, ?,"
        + " 'OPEN_TENDER', 'CLOSED', '居家养老服务项目', '持证社工不少于5名', '2026-03-02', '2026-03-23 01:30:00',"
        + " '2026-03-23 01:30:00', '2026-03-02 02:00:00', '2026-03-23 01:30:00')", NO, planId);
    tenderId = jdbc.queryForObject("select id from tender where procurement_no = ?", Long.class, NO);
    bidA = bid(supplierA, "480000.00", "2026-03-20 01:00:00");
    bidB = bid(supplierB, "450000.00", "2026-03-21 01:00:00");
    bidC = bid(supplierC, "400000.00", "2026-03-22 01:00:00");
  }

  long supplier(String code, String name, String grade, String until) {
    jdbc.update("insert into supplier (credit_code, name, organization_type, registration_authority,"
        + " evaluation_grade, grade_valid_until, status) values (?, ?, 'SOCIAL_SERVICE_ORGANIZATION', '深圳市民政局', ?, ?,"
        + " 'ACTIVE')", code, name, grade, LocalDate.parse(until));
    return jdbc.queryForObject("select id from supplier where credit_code = ?", Long.class, code);
  }

  long bid(long supplierId, String price, String submittedAt) {
    jdbc.update("insert into bid (tender_id, supplier_id, version, price, proposal_summary, status, submitted_by,"
        + " submitted_at, active_supplier_id) values (?, ?, 1, ?, '服务方案', 'SUBMITTED', 'user', ?, ?)",
        tenderId, supplierId, new BigDecimal(price), LocalDateTime.parse(submittedAt.replace(' ', 'T')), supplierId);
    return jdbc.queryForObject("select id from bid where tender_id = ? and supplier_id = ?", Long.class, tenderId,
        supplierId);
  }

  /** eight experts with logins e1..e8; e8 (林涛) was employed by bidder A until last year */
  void pool() {
    for (int i = 1; i <= 8; i++) {
      long id = pool.addExpert("e" + i, i == 8 ? "林涛" : "专家" + i, "单位" + i,
          EnumSet.of(Specialty.SOCIAL_WORK, i % 2 == 0 ? Specialty.FINANCE : Specialty.LAW));
      if (i == 8) {
        pool.addTie(id, TieType.EMPLOYER, CODE_A, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30), null);
      }
    }
  }

  TenderCommittee.Drawn draw() {
    return committees.draw(NO, planId, tenderId, Set.of(Specialty.SOCIAL_WORK), List.of(bidA, bidB, bidC), DEADLINE);
  }

  int rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  // ---- the committee -------------------------------------------------------------------------

  @Test
  void theCommitteeIsDrawnOnceForTheQualifiedBiddersWithTheirLogins() {
    pool();

    TenderCommittee.Drawn drawn = draw();
    TenderCommittee.Drawn again = draw();

    assertThat(again).isEqualTo(drawn);
    assertThat(rows("committee_draw")).isEqualTo(1);
    assertThat(drawn.committeeUserIds()).hasSize(4).doesNotHaveDuplicates().doesNotContain("e8")
        .allMatch(u -> u.matches("e[1-7]"));
    CommitteeView committee = draws.committee(drawn.committeeDrawId());
    assertThat(committee.budget()).isEqualByComparingTo("500000");
    assertThat(committee.bidDeadline()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(committee.recusals()).extracting(CommitteeView.Recusal::name).containsExactly("林涛");
    assertThat(drawn.bidderNames()).isEqualTo("深圳市阳光社会工作服务中心（统一社会信用代码 " + CODE_A + "）\n"
        + "深圳市彩虹长者服务社（统一社会信用代码 " + CODE_B + "）\n深圳市启明青少年发展中心（统一社会信用代码 " + CODE_C + "）");
  }

  @Test
  void aDrawnMemberWithoutALoginFailsByNameAndTheDrawStands() {
    for (int i = 1; i <= 6; i++) {
      pool.addExpert(null, "无账号专家" + i, null, EnumSet.of(Specialty.SOCIAL_WORK));
    }

    assertThatThrownBy(this::draw).isInstanceOf(TenderCommittee.NoLoginException.class)
        .hasMessageContaining("无账号专家").hasMessageContaining("没有平台账号");
    assertThat(draws.findByDrawKey(NO)).as("the random draw is kept, not redrawn").isPresent();
  }

  @Test
  void aBidOfAnotherTenderIsRefused() {
    pool();

    assertThatThrownBy(() -> committees.draw(NO, planId, tenderId + 1, Set.of(), List.of(bidA), DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("不是招标项目");
    assertThat(rows("committee_draw")).isZero();
  }

  @Test
  void aPoolTooSmallIsACommitteeDrawException() {
    pool.addExpert("e1", "专家1", null, EnumSet.of(Specialty.LAW));

    assertThatThrownBy(this::draw).isInstanceOf(CommitteeDrawException.class);
    assertThat(rows("committee_draw")).isZero();
  }

  @Test
  void aDeclinedMemberIsReplacedOnceAndTheSeatedCommitteeHasTheStandby() {
    pool();
    TenderCommittee.Drawn drawn = draw();
    String decliner = drawn.committeeUserIds().get(0);

    String standby = committees.replaceDeclined(drawn.committeeDrawId(), decliner);
    String again = committees.replaceDeclined(drawn.committeeDrawId(), decliner);

    assertThat(again).isEqualTo(standby);
    assertThat(standby).isNotIn(drawn.committeeUserIds()).isNotEqualTo("e8");
    List<String> seated = committees.seat(drawn.committeeDrawId());
    assertThat(seated).hasSize(4).contains(standby).doesNotContain(decliner);
    assertThat(seated.get(0)).as("the standby takes the decliner's seat").isEqualTo(standby);
  }

  @Test
  void whenTheStandbysAreUsedUpTheReplacementFails() {
    pool();
    TenderCommittee.Drawn drawn = draw();
    List<String> members = drawn.committeeUserIds();
    committees.replaceDeclined(drawn.committeeDrawId(), members.get(0));
    committees.replaceDeclined(drawn.committeeDrawId(), members.get(1));

    assertThatThrownBy(() -> committees.replaceDeclined(drawn.committeeDrawId(), members.get(2)))
        .isInstanceOf(CommitteeDrawException.class);
    assertThatThrownBy(() -> committees.replaceDeclined(drawn.committeeDrawId(), "nobody"))
        .isInstanceOf(NoSuchElementException.class);
  }

  // ---- scores --------------------------------------------------------------------------------

  void score(String user, long bidId, String all) {
    BigDecimal s = new BigDecimal(all);
    scores.record(NO, tenderId, user, bidId, s, s, s, "意见", NOW);
  }

  @Test
  void aScoreIsStoredOncePerBidExpertAndCriterionAndMayBeRecordedAgain() {
    pool();
    String expert = draw().committeeUserIds().get(0);

    scores.record(NO, tenderId, expert, bidA, new BigDecimal("85.5"), new BigDecimal("70"), new BigDecimal("90.25"),
        "  方案完整  ", NOW);
    scores.record(NO, tenderId, expert, bidA, new BigDecimal("85.5"), new BigDecimal("70"), new BigDecimal("90.25"),
        "  方案完整  ", NOW.plusSeconds(60));

    assertThat(scoreRows.count()).isEqualTo(3);
    assertThat(scores.of(bidA)).extracting(ComprehensiveScoring.ExpertScore::criterion,
            s -> s.score().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CAPACITY", "70.00"),
            org.assertj.core.groups.Tuple.tuple("PRICE", "90.25"),
            org.assertj.core.groups.Tuple.tuple("PROPOSAL", "85.50"));
    assertThat(scoreRows.findAll()).allSatisfy(r -> {
      assertThat(r.getComment()).isEqualTo("方案完整");
      assertThat(r.getScoredAt()).as("unchanged scores keep their time").isEqualTo(LocalDateTime.parse("2026-03-24T01:30"));
    });

    scores.record(NO, tenderId, expert, bidA, new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("90.25"),
        null, NOW.plusSeconds(60));
    assertThat(scoreRows.count()).isEqualTo(3);
    assertThat(scores.of(bidA)).extracting(s -> s.score().toPlainString()).containsExactly("70.00", "90.25", "80.00");
  }

  @Test
  void onlyAServingMemberMayScoreAndOnlyValidScores() {
    pool();
    TenderCommittee.Drawn drawn = draw();
    String decliner = drawn.committeeUserIds().get(0);
    committees.replaceDeclined(drawn.committeeDrawId(), decliner);
    String member = committees.seat(drawn.committeeDrawId()).get(1);

    assertThatThrownBy(() -> score("e8", bidA, "80")).isInstanceOf(ExpertScores.NotOnCommitteeException.class)
        .hasMessageContaining("e8").hasMessageContaining(NO);
    assertThatThrownBy(() -> score(decliner, bidA, "80")).isInstanceOf(ExpertScores.NotOnCommitteeException.class);
    assertThatThrownBy(() -> score("stranger", bidA, "80")).isInstanceOf(ExpertScores.NotOnCommitteeException.class);
    assertThatThrownBy(() -> score(member, bidA, "100.01")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> score(member, bidA, "-1")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> score(member, bidA, "80.125")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> scores.record(NO, tenderId, member, bidA, null, BigDecimal.ONE, BigDecimal.ONE, null, NOW))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> scores.record(NO, tenderId, member, bidA, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
        "长".repeat(501), NOW)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> score(member, 99_999, "80")).isInstanceOf(NoSuchElementException.class);
    assertThat(scoreRows.count()).isZero();
  }

  // ---- the report ----------------------------------------------------------------------------

  @Test
  void theReportRanksTheBidsWithPastEvaluationAndTheSeatedExpertsScores() {
    pool();
    List<String> experts = draw().committeeUserIds();
    for (String e : experts) {
      score(e, bidA, "80");
      score(e, bidB, "90");
    }
    // one expert far below the others on C: flagged, still counted
    score(experts.get(0), bidC, "20");
    experts.subList(1, 4).forEach(e -> score(e, bidC, "70"));

    EvaluationReportWriter.Written written = writer.write(NO, tenderId, List.of(bidA, bidB, bidC));

    EvaluationReport report = written.report();
    assertThat(report.criteria()).extracting(EvaluationReport.Criterion::code)
        .containsExactly("PROPOSAL", "CAPACITY", "PRICE");
    assertThat(report.ranking()).extracting(EvaluationReport.RankedBid::supplierId)
        .containsExactly(supplierA, supplierB, supplierC);
    // A: 100 × 0.7 + 80 × 0.3; B: 80 (3A) × 0.7 + 90 × 0.3; C: 60 (expired 4A) × 0.7 + 57.5 × 0.3
    assertThat(report.ranking()).extracting(r -> r.comprehensiveScore().toPlainString())
        .containsExactly("94.00", "83.00", "59.25");
    assertThat(report.ranking().get(2).pastEvaluationScore()).isEqualByComparingTo("60");
    assertThat(report.flagged()).singleElement().satisfies(f -> {
      assertThat(f.supplierId()).isEqualTo(supplierC);
      assertThat(f.deviation()).isEqualByComparingTo("-50");
    });
    assertThat(reports.find(NO)).get().extracting(r -> r.ranking().get(0).supplierId()).isEqualTo(supplierA);
    assertThat(written.awardSummary())
        .contains("推荐第一名：深圳市阳光社会工作服务中心", "投标报价480000.00元", "综合得分94.00", "第二名：深圳市彩虹长者服务社")
        .contains("异常评分", "对深圳市启明青少年发展中心评20.00分", "相差-50.00分");

    EvaluationReportWriter.Written again = writer.write(NO, tenderId, List.of(bidA, bidB, bidC));
    assertThat(again.awardSummary()).isEqualTo(written.awardSummary());
    assertThat(rows("evaluation_report")).isEqualTo(1);
  }

  @Test
  void noReportUntilEverySeatedExpertHasScoredEveryBid() {
    pool();
    List<String> experts = draw().committeeUserIds();
    List<String> scored = new ArrayList<>(experts.subList(0, 3));
    for (String e : scored) {
      score(e, bidA, "80");
      score(e, bidB, "80");
    }
    score(experts.get(3), bidA, "80");

    assertThatThrownBy(() -> writer.write(NO, tenderId, List.of(bidA, bidB)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("尚未对投标" + bidB);
    assertThat(rows("evaluation_report")).isZero();
    assertThatThrownBy(() -> writer.write("SZ-2026-0999", tenderId, List.of(bidA)))
        .isInstanceOf(InvalidRequestException.class);
  }
}

package org.govpurchase.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;
import org.govpurchase.calendar.StatutoryPeriods;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderViews.BidView;
import org.govpurchase.tender.TenderViews.ClarificationView;
import org.govpurchase.tender.TenderViews.PublicTender;
import org.govpurchase.tender.TenderViews.TenderView;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.web.ConflictException;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.govpurchase.calendar.BeijingTime;

/**
 * Tenders and bids on the Flyway schema (H2 by default). The test runs outside a transaction, so
 * each service call commits or rolls back on its own: a refusal is seen to write nothing.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, TenderService.class, SupplierService.class})
class TenderServiceTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  /** 21 days after the documents are issued */
  static final Instant DEADLINE = beijing("2026-03-23T09:30");
  static final Instant NOW = beijing("2026-03-02T10:00");
  static final BigDecimal PRICE = new BigDecimal("480000.00");

  @Autowired TenderService service;
  @Autowired JdbcTemplate jdbc;

  PlanFixture plans;
  long planId;
  long sunshine;
  long rainbow;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    planId = plan("SZ-2026-0001", "APPROVED");
    sunshine = supplier("52440300MJL0000012", "深圳市阳光社会工作服务中心", "ACTIVE", "sunshine1");
    rainbow = supplier("52440300MJL0000025", "深圳市彩虹长者服务社", "ACTIVE", "rainbow1");
    supplier("52440300MJL0000033", "深圳市暂停服务社", "SUSPENDED", "paused1");
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"bid", "tender_clarification", "tender"}) {
      jdbc.update("delete from " + table);
    }
    plans.cleanUp();
    for (String table : new String[] {"supplier_member", "supplier_history", "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  /** a plan of 500000.00 for 2026-05-01..2027-04-30; open tender when APPROVED */
  long plan(String planNo, String status) {
    return plans.plan(planNo, status, ProcurementMethod.OPEN_TENDER, new BigDecimal("500000.00"),
        LocalDate.of(2026, 5, 1));
  }

  long supplier(String code, String name, String status, String user) {
    jdbc.update("insert into supplier (credit_code, name, organization_type, registration_authority,"
        + " evaluation_grade, status) values (?, ?, 'SOCIAL_SERVICE_ORGANIZATION', '深圳市民政局', 'NONE', ?)",
        code, name, status);
    long id = jdbc.queryForObject("select id from supplier where credit_code = ?", Long.class, code);
    jdbc.update("insert into supplier_member (supplier_id, user_id, added_by) values (?, ?, 'registrar')", id, user);
    return id;
  }

  TenderView announce(String no, ProcurementMethod method, Instant deadline) {
    return service.announce(no, planId, method, "居家养老服务项目", "持证社工不少于5名", ISSUED, deadline, NOW);
  }

  long tender() {
    return announce("SZ-2026-0001", ProcurementMethod.OPEN_TENDER, DEADLINE).id();
  }

  int rows(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  Instant storedDeadline(long tenderId) {
    return service.tender(tenderId).bidDeadline();
  }

  // ---- announcing: 20 days [law] -------------------------------------------------------------

  @Test
  void anOpenTenderNeedsTwentyDaysFromIssuingTheDocumentsToTheDeadline() {
    assertThatThrownBy(() -> announce("SZ-2026-0001", ProcurementMethod.OPEN_TENDER, beijing("2026-03-21T17:00")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("不得少于20日")
        .hasMessageContaining("不得早于2026-03-22");
    assertThat(rows("tender")).isZero();

    TenderView announced = announce("SZ-2026-0001", ProcurementMethod.OPEN_TENDER, beijing("2026-03-22T09:00"));
    assertThat(announced.status()).isEqualTo(TenderStatus.ANNOUNCED);
    assertThat(announced.bidDeadline()).isEqualTo(beijing("2026-03-22T09:00"));
    assertThat(announced.originalBidDeadline()).isEqualTo(beijing("2026-03-22T09:00"));
    assertThat(announced.documentsIssuedOn()).isEqualTo(ISSUED);
  }

  @Test
  void theTwentyDayRuleIsForTendersOnly() {
    assertThatThrownBy(() -> announce("SZ-2026-0001", ProcurementMethod.INVITED_TENDER, beijing("2026-03-10T09:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("邀请招标");

    TenderView negotiation = announce("SZ-2026-0001", ProcurementMethod.COMPETITIVE_NEGOTIATION,
        beijing("2026-03-10T09:00"));
    assertThat(negotiation.procurementMethod()).isEqualTo(ProcurementMethod.COMPETITIVE_NEGOTIATION);
  }

  @Test
  void theDocumentsCannotBeDatedBeforeTheAnnouncement() {
    // outside the demo profile: a backdated issue date would shorten the 20-day window on paper
    assertThatThrownBy(() -> service.announce("SZ-2026-0009", planId, ProcurementMethod.OPEN_TENDER, "居家养老服务项目",
        "持证社工不少于5名", ISSUED.minusDays(20), beijing("2026-03-03T09:30"), NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("不能倒签");
    assertThat(rows("tender")).isZero();
  }

  @Test
  void announcingIsIdempotentOnTheProcurementNumber() {
    TenderView first = announce("SZ-2026-0001", ProcurementMethod.OPEN_TENDER, DEADLINE);
    TenderView again = announce(" SZ-2026-0001 ", ProcurementMethod.OPEN_TENDER, beijing("2026-04-30T09:00"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.bidDeadline()).isEqualTo(DEADLINE);
    assertThat(rows("tender")).isEqualTo(1);
    assertThatThrownBy(() -> announce("SZ-2026-0001", ProcurementMethod.INVITED_TENDER, DEADLINE))
        .isInstanceOf(TenderConflictException.class).hasMessageContaining("已用于购买计划");
  }

  @Test
  void onlyAnApprovedPlanIsAnnouncedWithEveryProblemListed() {
    long item = jdbc.queryForObject("select id from catalog_item", Long.class);
    long draft = plan("SZ-2026-0002", "DRAFT");

    assertThatThrownBy(() -> service.announce("SZ-2026-0002", draft, ProcurementMethod.DIRECT_PURCHASE, " ",
        "需求", ISSUED, DEADLINE, NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("尚未批准")
        .hasMessageContaining("直接购买")
        .hasMessageContaining("项目名称");
    assertThatThrownBy(() -> service.announce("SZ-2026-0009", 999_999, ProcurementMethod.OPEN_TENDER, "标题",
        "需求", ISSUED, DEADLINE, NOW)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> service.announce("SZ 2026/1", planId, ProcurementMethod.OPEN_TENDER, "标题",
        "需求", ISSUED, DEADLINE, NOW)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("采购编号");
    assertThat(rows("tender")).isZero();
  }

  // ---- clarifications: 15 days [law] ---------------------------------------------------------

  @Test
  void anAnswerLaterThanFifteenDaysBeforeTheDeadlineMovesIt() {
    long tender = tender();
    ClarificationView asked = service.askClarification(tender, "sunshine1", "社工证书是否须为中级？",
        beijing("2026-03-05T10:00"));
    assertThat(asked.answer()).isNull();

    // answered on 03-09: 14 days to 03-23, so the deadline moves to 03-24 at the same time of day
    ClarificationView answered = service.answerClarification(asked.id(), "初级及以上均可", "agency1",
        beijing("2026-03-09T16:00"));

    Instant moved = beijing("2026-03-24T09:30");
    assertThat(answered.deadlineMovedTo()).isEqualTo(moved);
    TenderView read = service.tender(tender);
    assertThat(read.bidDeadline()).isEqualTo(moved);
    assertThat(read.originalBidDeadline()).isEqualTo(DEADLINE);
    assertThat(read.clarifications()).extracting(ClarificationView::answer).containsExactly("初级及以上均可");
    // a bid at the old deadline is now in time
    assertThat(service.submitBid(tender, "sunshine1", PRICE, "方案", DEADLINE).status()).isEqualTo(BidStatus.SUBMITTED);
  }

  @Test
  void anAnswerFifteenDaysOrMoreBeforeTheDeadlineLeavesIt() {
    long tender = tender();
    long early = service.askClarification(tender, "sunshine1", "服务范围包括哪些街道？", NOW).id();
    long lastDay = service.askClarification(tender, "rainbow1", "是否接受联合体投标？", NOW).id();

    assertThat(service.answerClarification(early, "福田区各街道", "agency1", beijing("2026-03-03T09:00"))
        .deadlineMovedTo()).isNull();
    // 03-08 + 15 days = 03-23: exactly fifteen days remain
    assertThat(service.answerClarification(lastDay, "不接受联合体投标", "agency1", beijing("2026-03-08T23:00"))
        .deadlineMovedTo()).isNull();
    assertThat(storedDeadline(tender)).isEqualTo(DEADLINE);
  }

  @Test
  void answeringIsKeyedOnTheClarification() {
    long tender = tender();
    long id = service.askClarification(tender, "sunshine1", "问题", NOW).id();
    service.answerClarification(id, "答复", "agency1", beijing("2026-03-12T10:00"));
    Instant moved = storedDeadline(tender);

    ClarificationView again = service.answerClarification(id, "答复", "agency1", beijing("2026-03-13T10:00"));
    assertThat(again.answeredAt()).isEqualTo(beijing("2026-03-12T10:00"));
    assertThat(storedDeadline(tender)).isEqualTo(moved).isEqualTo(beijing("2026-03-27T09:30"));
    assertThatThrownBy(() -> service.answerClarification(id, "另一个答复", "agency1", beijing("2026-03-13T10:00")))
        .isInstanceOf(TenderConflictException.class);
  }

  @Test
  void questionsAndAnswersStopAtTheDeadline() {
    long tender = tender();
    long id = service.askClarification(tender, "sunshine1", "问题", NOW).id();

    assertThatThrownBy(() -> service.askClarification(tender, "sunshine1", "迟到的问题", DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("截止后不能提出澄清问题");
    assertThatThrownBy(() -> service.answerClarification(id, "迟到的答复", "agency1", DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("截止后不能答复澄清问题");
    assertThatThrownBy(() -> service.askClarification(tender, "nobody", "问题", NOW))
        .isInstanceOf(BidAccessDeniedException.class);
    assertThat(rows("tender_clarification")).isEqualTo(1);
    assertThat(storedDeadline(tender)).isEqualTo(DEADLINE);
  }

  @Test
  void suppliersSeeAnsweredClarificationsAndTheirOwnQuestionsThePublicNoAskers() {
    long tender = tender();
    long answered = service.askClarification(tender, "sunshine1", "已答复的问题", NOW).id();
    service.askClarification(tender, "sunshine1", "阳光未答复的问题", NOW);
    service.answerClarification(answered, "答复", "agency1", NOW);

    assertThat(service.tenderForSupplier(tender, "sunshine1").clarifications())
        .extracting(ClarificationView::question).containsExactly("已答复的问题", "阳光未答复的问题");
    assertThat(service.tenderForSupplier(tender, "rainbow1").clarifications())
        .extracting(ClarificationView::question).containsExactly("已答复的问题");

    PublicTender published = service.publicTender("SZ-2026-0001");
    assertThat(published.procurementMethodLabel()).isEqualTo("公开招标");
    assertThat(published.clarifications()).extracting("question", "answer").containsExactly(tuple("已答复的问题", "答复"));
    assertThatThrownBy(() -> service.publicTender("SZ-2026-0404")).isInstanceOf(NoSuchElementException.class);
  }

  // ---- bids ----------------------------------------------------------------------------------

  @Test
  void aSupplierSubmitsReplacesAndWithdrawsItsBid() {
    long tender = tender();
    BidView first = service.submitBid(tender, "sunshine1", PRICE, "方案一", NOW);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.supplierId()).isEqualTo(sunshine);
    assertThat(first.submittedBy()).isEqualTo("sunshine1");

    assertThatThrownBy(() -> service.submitBid(tender, "sunshine1", PRICE, "方案重复", NOW))
        .isInstanceOf(TenderConflictException.class).hasMessageContaining("修改或撤回");

    BidView second = service.replaceMyBid(tender, "sunshine1", new BigDecimal("450000"), "方案二",
        beijing("2026-03-10T10:00"));
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.price()).isEqualByComparingTo("450000.00");
    assertThat(jdbc.queryForObject("select status from bid where id = ?", String.class, first.id()))
        .isEqualTo("REPLACED");
    assertThatThrownBy(() -> service.replaceBid(first.id(), "sunshine1", PRICE, "旧版本", NOW))
        .isInstanceOf(TenderConflictException.class).hasMessageContaining("已修改");

    BidView withdrawn = service.withdrawBid(second.id(), "sunshine1", beijing("2026-03-11T10:00"));
    assertThat(withdrawn.status()).isEqualTo(BidStatus.WITHDRAWN);
    // withdrawing again changes nothing
    assertThat(service.withdrawBid(second.id(), "sunshine1", beijing("2026-03-12T10:00")).endedAt())
        .isEqualTo(beijing("2026-03-11T10:00"));
    assertThat(service.myBid(tender, "sunshine1")).get().extracting(BidView::status).isEqualTo(BidStatus.WITHDRAWN);

    BidView third = service.submitBid(tender, "sunshine1", PRICE, "方案三", beijing("2026-03-12T10:00"));
    assertThat(third.version()).isEqualTo(3);
    assertThat(jdbc.queryForList("select status from bid where supplier_id = ? order by version", String.class, sunshine))
        .containsExactly("REPLACED", "WITHDRAWN", "SUBMITTED");
    assertThat(service.myBid(tender, "rainbow1")).isEmpty();
  }

  @Test
  void theSchemaKeepsOneSubmittedBidPerSupplier() {
    long tender = tender();
    service.submitBid(tender, "sunshine1", PRICE, "方案", NOW);

    assertThatThrownBy(() -> jdbc.update("insert into bid (tender_id, supplier_id, version, price, proposal_summary,"
        + " status, submitted_by, active_supplier_id) values (?, ?, 2, 1.00, 'x', 'SUBMITTED', 'x', ?)",
        tender, sunshine, sunshine))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  @Test
  void aLateBidIsRefusedAndNothingIsWritten() {
    long tender = tender();
    BidView bid = service.submitBid(tender, "sunshine1", PRICE, "方案", NOW);

    assertThatThrownBy(() -> service.submitBid(tender, "rainbow1", PRICE, "迟到的方案", DEADLINE))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("2026-03-23 09:30")
        .hasMessageContaining("截止后不能投标");
    assertThatThrownBy(() -> service.replaceBid(bid.id(), "sunshine1", PRICE, "迟到的修改", beijing("2026-03-23T09:31")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("截止后不能修改投标");
    assertThatThrownBy(() -> service.withdrawBid(bid.id(), "sunshine1", beijing("2026-03-24T09:00")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("截止后不能撤回投标");

    assertThat(jdbc.queryForList("select status from bid", String.class)).containsExactly("SUBMITTED");
  }

  @Test
  void anotherOrganizationsBidIsRefusedAndNothingIsWritten() {
    long tender = tender();
    BidView bid = service.submitBid(tender, "sunshine1", PRICE, "方案", NOW);

    assertThatThrownBy(() -> service.replaceBid(bid.id(), "rainbow1", BigDecimal.ONE, "冒名修改", NOW))
        .isInstanceOf(BidAccessDeniedException.class).hasMessageContaining("rainbow1");
    assertThatThrownBy(() -> service.withdrawBid(bid.id(), "rainbow1", NOW))
        .isInstanceOf(BidAccessDeniedException.class);
    assertThatThrownBy(() -> service.submitBid(tender, "nobody", PRICE, "方案", NOW))
        .isInstanceOf(BidAccessDeniedException.class).hasMessageContaining("不属于任何承接主体");
    assertThatThrownBy(() -> service.withdrawMyBid(tender, "rainbow1", NOW))
        .isInstanceOf(NoSuchElementException.class);

    assertThat(rows("bid")).isEqualTo(1);
    assertThat(service.myBid(tender, "sunshine1")).get()
        .extracting(BidView::status, BidView::proposalSummary).containsExactly(BidStatus.SUBMITTED, "方案");
  }

  @Test
  void aSuspendedSupplierIsRefused() {
    long tender = tender();

    assertThatThrownBy(() -> service.submitBid(tender, "paused1", PRICE, "方案", NOW))
        .isInstanceOf(ConflictException.class).hasMessageContaining("暂停");
    assertThat(rows("bid")).isZero();
  }

  @Test
  void aDisqualifiedSupplierIsRefusedWithTheReasonAndTheEndDate() {
    long tender = tender();
    long banned = supplier("52440300MJL0000041", "深圳市失信服务社", "ACTIVE", "banned1");
    jdbc.update("update supplier set status = 'DISQUALIFIED', disqualification_reason = ?, disqualified_until = ?"
        + " where id = ?", "提供虚假材料谋取中标", LocalDate.of(2028, 3, 1), banned);

    assertThatThrownBy(() -> service.submitBid(tender, "banned1", PRICE, "方案", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("承接主体已被取消参与政府购买服务资格至2028-03-01：提供虚假材料谋取中标");
    assertThat(rows("bid")).isZero();
  }

  @Test
  void aBadPriceOrSummaryIsRefused() {
    long tender = tender();

    assertThatThrownBy(() -> service.submitBid(tender, "sunshine1", new BigDecimal("1.005"), " ", NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("两位小数")
        .hasMessageContaining("投标方案摘要");
    assertThatThrownBy(() -> service.submitBid(tender, "sunshine1", BigDecimal.ZERO, "x".repeat(2001), NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("大于0")
        .hasMessageContaining("2000");
    assertThat(service.submitBid(tender, "sunshine1", PRICE, "𠮷".repeat(1000), NOW).proposalSummary())
        .hasSize(2000);
    assertThat(rows("bid")).isEqualTo(1);
  }

  // ---- closing -------------------------------------------------------------------------------

  @Test
  void closingAtTheDeadlineReturnsTheSubmittedBidsAndRefusesLaterOnes() {
    long tender = tender();
    BidView sunshineBid = service.submitBid(tender, "sunshine1", PRICE, "方案", NOW);
    BidView rainbowBid = service.submitBid(tender, "rainbow1", new BigDecimal("470000"), "方案", NOW);
    service.withdrawBid(rainbowBid.id(), "rainbow1", NOW);

    assertThatThrownBy(() -> service.close(tender, beijing("2026-03-23T09:29")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("截止前不能截标");
    assertThatThrownBy(() -> service.submittedBids(tender))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("保密");
    assertThat(service.openTenders(beijing("2026-03-23T09:29"))).extracting("id").containsExactly(tender);
    assertThat(service.openTenders(DEADLINE)).isEmpty();

    assertThat(service.close(tender, DEADLINE)).extracting(BidView::id).containsExactly(sunshineBid.id());
    assertThat(service.close(tender, beijing("2026-03-24T09:00"))).extracting(BidView::id)
        .containsExactly(sunshineBid.id());
    assertThat(service.tender(tender).closedAt()).isEqualTo(DEADLINE);
    assertThat(service.submittedBids(tender)).extracting(BidView::supplierId).containsExactly(sunshine);
  }

  @Test
  void aClosedTenderTakesNoBids() {
    long tender = tender();
    BidView bid = service.submitBid(tender, "sunshine1", PRICE, "方案", NOW);
    // closed early by force of the database, as a cancelled or closed tender would be
    jdbc.update("update tender set status = 'CLOSED', closed_at = CURRENT_TIMESTAMP where id = ?", tender);

    assertThatThrownBy(() -> service.submitBid(tender, "rainbow1", PRICE, "方案", NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已截标，不能投标");
    assertThatThrownBy(() -> service.replaceMyBid(tender, "sunshine1", PRICE, "修改", NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已截标，不能修改投标");
    assertThatThrownBy(() -> service.withdrawMyBid(tender, "sunshine1", NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已截标，不能撤回投标");
    assertThat(jdbc.queryForList("select id from bid where status = 'SUBMITTED'", Long.class)).containsExactly(bid.id());
    assertThat(rows("bid")).isEqualTo(1);
  }

  // ---- concluding: awarded or failed ---------------------------------------------------------

  @Test
  void onlyAClosedTenderIsAwardedOrFailedAndAgainChangesNothing() {
    long tender = tender();
    assertThatThrownBy(() -> service.markAwarded(tender))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已公告");
    assertThatThrownBy(() -> service.markFailed(tender, DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已公告");
    service.close(tender, DEADLINE);

    service.markFailed(tender, DEADLINE);
    service.markFailed(tender, DEADLINE);
    assertThat(service.tender(tender).status()).isEqualTo(TenderStatus.FAILED);
    assertThat(service.tender(tender).closedAt()).isEqualTo(DEADLINE);
    assertThatThrownBy(() -> service.markAwarded(tender))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已废标");

    long other = service.announce("SZ-2026-0001-2", planId, ProcurementMethod.OPEN_TENDER, "居家养老服务项目",
        "持证社工不少于5名", ISSUED, DEADLINE, NOW).id();
    service.close(other, DEADLINE);
    service.markAwarded(other);
    service.markAwarded(other);
    assertThat(service.tender(other).status()).isEqualTo(TenderStatus.AWARDED);
    assertThatThrownBy(() -> service.markFailed(other, DEADLINE))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已中标");
    assertThatThrownBy(() -> service.markAwarded(404_404L)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aBidIsReadByItsIdWhateverItsStatus() {
    long tender = tender();
    BidView bid = service.submitBid(tender, "sunshine1", PRICE, "方案", NOW);
    service.withdrawBid(bid.id(), "sunshine1", NOW);
    assertThat(service.bid(bid.id())).get().extracting(BidView::status, BidView::supplierId)
        .containsExactly(BidStatus.WITHDRAWN, sunshine);
    assertThat(service.bid(404_404L)).isEmpty();
  }
}

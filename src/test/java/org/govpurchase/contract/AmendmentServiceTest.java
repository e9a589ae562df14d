package org.govpurchase.contract;

import org.govpurchase.plan.AgencyMembers;
import org.govpurchase.payment.PaymentService;
import org.govpurchase.calendar.StatutoryPeriods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.govpurchase.award.AwardService;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.contract.ContractViews.AmendmentView;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.contract.ContractViews.FilingView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.contract.ContractViews.PublicContract;
import org.govpurchase.evaluation.CommitteeDraw;
import org.govpurchase.evaluation.EvaluationReports;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderService;
import org.govpurchase.testing.ContractFixture;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.SupplierFixture;
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
 * Contract amendments on the Flyway schema (H2 by default), on a contract filed through
 * ContractService from a real announced direct-purchase award of 480000.00 (so an amended amount
 * of at most 528000.00); the committee draw is a mock. Each service call commits on its own.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, Contracts.class, PaymentService.class, AgencyMembers.class, AmendmentService.class, ContractService.class, AwardService.class, SupplierService.class,
    TenderService.class, EvaluationReports.class, WorkingDays.class, ApprovedPlans.class,
    AmendmentServiceTest.Scans.class})
class AmendmentServiceTest {

  @ComponentScan(basePackages = {"org.govpurchase.calendar", "org.govpurchase.plan"}, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
          pattern = {".*JpaCalendarSource", ".*CatalogLookup"}))
  static class Scans {
  }

  static final String NO = "SZ-2026-0001";
  static final String SUNSHINE_CODE = "52440300MJL0000012";
  static final String RAINBOW_CODE = "52440300MJL0000025";
  static final BigDecimal PRICE = new BigDecimal("480000.00");
  static final LocalDate TERM_END = LocalDate.of(2027, 10, 31);
  static final String REASON = "服务对象由120户增至130户";

  @Autowired AmendmentService service;
  @Autowired ContractService contracts;
  @Autowired AwardService awards;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean CommitteeDraw committees;

  PlanFixture plans;
  ContractFixture contractFixture;
  long planId;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    contractFixture = new ContractFixture(awards, contracts);
    planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2026, 11, 1));
    SupplierFixture.qualified(jdbc, SUNSHINE_CODE, "深圳市阳光社会工作服务中心", "sunshine1");
    SupplierFixture.qualified(jdbc, RAINBOW_CODE, "深圳市彩虹长者服务社", "rainbow1");
    jdbc.update("insert into purchasing_agency_member (user_id, agency_code) values ('agency1', 'SZ-MZ')");
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"instalment_request", "contract_amendment_instalment", "contract_filing",
        "contract_amendment", "contract_instalment", "contract", "award_challenge", "award"}) {
      jdbc.update("delete from " + table);
    }
    jdbc.update("delete from purchasing_agency_member where user_id = 'agency1'");
    plans.cleanUp();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history",
        "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  static List<Instalment> schedule(String... amountsAndDates) {
    List<Instalment> list = new java.util.ArrayList<>();
    for (int i = 0; i < amountsAndDates.length; i += 2) {
      list.add(new Instalment(new BigDecimal(amountsAndDates[i]), LocalDate.parse(amountsAndDates[i + 1])));
    }
    return list;
  }

  /** signed by both sides and published on 2026-10-20, 240000.00 due 2026-12-01 and 2027-06-01 */
  long publishedContract() {
    Instant announced = beijing("2026-10-16T10:00");
    long awardId = contractFixture.announcedAward(planId, NO, SUNSHINE_CODE, PRICE, announced);
    long contractId = contractFixture.draftedContract("pi-1", awardId,
        schedule("240000.00", "2026-12-01", "240000.00", "2027-06-01"), announced);
    contractFixture.signedAndPublished(contractId, "sunshine1", beijing("2026-10-20T09:00"), "agency1",
        beijing("2026-10-20T10:00"));
    return contractId;
  }

  /** {@link #publishedContract} filed on 2026-10-23 with receipt HTBA-2026-&lt;id&gt; */
  long filedContract() {
    long contractId = publishedContract();
    ContractView filed = contractFixture.filed(contractId, beijing("2026-10-21T10:00"), "finance1",
        beijing("2026-10-23T10:00"));
    assertThat(filed.status()).isEqualTo(ContractStatus.FILED);
    return contractId;
  }

  static AmendmentProposal amount(String amount, List<Instalment> schedule) {
    return new AmendmentProposal(new BigDecimal(amount), null, schedule, null, REASON);
  }

  static AmendmentProposal term(LocalDate termEnd, String amount, List<Instalment> schedule) {
    return new AmendmentProposal(amount == null ? null : new BigDecimal(amount), termEnd, schedule, null,
        "项目提前完成，服务期限缩短");
  }

  /** proposed by the agency, accepted by the supplier */
  AmendmentView agreed(long contractId, String processInstanceId, AmendmentProposal proposal, Instant at) {
    AmendmentView proposed = service.propose(processInstanceId, contractId, ContractSide.AGENCY, "agency1",
        proposal, at);
    AmendmentView agreed = service.answer(proposed.id(), ContractSide.SUPPLIER, "sunshine1", true, null,
        at.plusSeconds(3600));
    assertThat(agreed.status()).isEqualTo(AmendmentStatus.AGREED);
    return agreed;
  }

  /** agreed, in force and filed with the finance bureau */
  AmendmentView filedAmendment(long contractId, String processInstanceId, AmendmentProposal proposal, Instant at) {
    long id = agreed(contractId, processInstanceId, proposal, at).id();
    assertThat(service.takeEffect(id, at.plusSeconds(7200)).status()).isEqualTo(AmendmentStatus.IN_FORCE);
    contracts.submitFiling(contractId, id, null, null, null, at.plusSeconds(86400));
    contracts.fileReceipt(contractId, id, "finance1", at.plusSeconds(2 * 86400));
    return service.amendment(id);
  }

  void checkByAgency(long contractId, AmendmentProposal proposal) {
    service.check(contractId, ContractSide.AGENCY, "agency1", proposal);
  }

  // ---- the 10% cap ---------------------------------------------------------------------------

  @Test
  void theAmendedAmountIsAtMostTenPercentAboveTheAwardedPrice() {
    long contractId = filedContract();

    assertThatCode(() -> checkByAgency(contractId,
        amount("528000.00", schedule("240000.00", "2026-12-01", "288000.00", "2027-06-01"))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> checkByAgency(contractId,
        amount("528000.01", schedule("240000.00", "2026-12-01", "288000.01", "2027-06-01"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("10%").hasMessageContaining("原合同金额480000.00元")
        .hasMessageContaining("至多528000.00元").hasMessageContaining("528000.01元");
    // less is always allowed
    assertThatCode(() -> checkByAgency(contractId,
        amount("450000", schedule("240000.00", "2026-12-01", "210000", "2027-06-01"))))
        .doesNotThrowAnyException();
    assertThat(jdbc.queryForObject("select count(*) from contract_amendment", Integer.class)).isZero();
  }

  @Test
  void theCapCountsFromTheOriginalAmountAcrossAmendments() {
    long contractId = filedContract();
    AmendmentView first = filedAmendment(contractId, "pi-a1",
        amount("500000.00", schedule("240000.00", "2026-12-01", "260000.00", "2027-06-01")),
        beijing("2027-01-05T10:00"));
    assertThat(first.status()).isEqualTo(AmendmentStatus.FILED);
    assertThat(contracts.contract(contractId).amount()).isEqualByComparingTo("500000.00");

    // 10% of 500000.00 would allow 550000.00: the cap stays 110% of the award's 480000.00
    AmendmentProposal tooMuch = amount("530000.00", schedule("240000.00", "2026-12-01", "290000.00", "2027-06-01"));
    assertThatThrownBy(() -> checkByAgency(contractId, tooMuch))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("原合同金额480000.00元").hasMessageContaining("至多528000.00元");
    assertThatThrownBy(() -> service.propose("pi-a2", contractId, ContractSide.AGENCY, "agency1", tooMuch,
        beijing("2027-02-01T10:00"))).isInstanceOf(InvalidRequestException.class);
    AmendmentView second = service.propose("pi-a2", contractId, ContractSide.AGENCY, "agency1",
        amount("528000.00", schedule("240000.00", "2026-12-01", "288000.00", "2027-06-01")),
        beijing("2027-02-01T10:00"));
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.oldAmount()).isEqualByComparingTo("500000.00");
    assertThat(second.newAmount()).isEqualByComparingTo("528000.00");
  }

  // ---- the new schedule ----------------------------------------------------------------------

  @Test
  void onlyAnOfficerOfTheContractsAgencyProposesForIt() {
    long contractId = filedContract();
    AmendmentProposal fundsUse = new AmendmentProposal(null, null, null, "结余资金用于助餐", "理由");
    assertThatThrownBy(() -> service.check(contractId, ContractSide.AGENCY, "agency9", fundsUse))
        .isInstanceOf(ContractAccessDeniedException.class).hasMessageContaining("SZ-MZ");
    service.check(contractId, ContractSide.AGENCY, "agency1", fundsUse);
  }

  @Test
  void aBlankUseOfFundsIsNoChange() {
    long contractId = filedContract();
    assertThatThrownBy(() -> service.check(contractId, ContractSide.AGENCY, "agency1",
        new AmendmentProposal(null, null, null, "   ", "理由")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("至少一项变更");
  }

  @Test
  void anAmountChangeComesWithTheWholeNewScheduleAddingUpToIt() {
    long contractId = filedContract();

    assertThatThrownBy(() -> checkByAgency(contractId, amount("500000.00", List.of())))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("新的分期付款计划");
    assertThatThrownBy(() -> checkByAgency(contractId, amount("500000.00", schedule("500000.00", "2027-06-01"))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("分2期，提出的是1期");
    assertThatThrownBy(() -> checkByAgency(contractId, amount("500000.00",
        schedule("240000.00", "2026-12-01", "260000.00", "2027-06-01", "1.00", "2027-07-01"))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("分2期，提出的是3期");
    assertThatThrownBy(() -> checkByAgency(contractId, amount("500000.00",
        schedule("240000.00", "2026-12-01", "259999.99", "2027-06-01"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("各期金额合计499999.99元，须等于合同金额500000.00元");
    // the schedule alone: it still adds up to the contract's amount, dates in order within the term
    assertThatThrownBy(() -> checkByAgency(contractId, new AmendmentProposal(null, null,
        schedule("240000.00", "2027-06-01", "240000.00", "2027-11-30"), null, "延后付款")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2026-11-01至2027-10-31");
    assertThatThrownBy(() -> checkByAgency(contractId, new AmendmentProposal(null, null,
        schedule("240000.00", "2027-06-01", "240000.00", "2027-06-01"), null, "延后付款")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("晚于上一期");
    assertThatCode(() -> checkByAgency(contractId, new AmendmentProposal(null, null,
        schedule("200000.00", "2027-01-15", "280000.00", "2027-07-15"), null, "延后付款")))
        .doesNotThrowAnyException();
    // something must change, and why
    assertThatThrownBy(() -> checkByAgency(contractId, new AmendmentProposal(null, null, null, null, REASON)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("至少一项变更");
    assertThatThrownBy(() -> checkByAgency(contractId, new AmendmentProposal(null, null, null, "改用于助餐", " ")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("变更理由");
  }

  // ---- when a change may be proposed ---------------------------------------------------------

  @Test
  void onlyAFiledContractIsAmendedAndOneAmendmentAtATime() {
    long contractId = publishedContract();
    AmendmentProposal more = amount("500000.00", schedule("240000.00", "2026-12-01", "260000.00", "2027-06-01"));
    assertThatThrownBy(() -> checkByAgency(contractId, more))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("备案后方可变更");
    contracts.submitFiling(contractId, null, null, null, beijing("2026-10-21T10:00"));
    contracts.recordFiling(contractId, "finance1", beijing("2026-10-23T10:00"));

    AmendmentView first = service.propose("pi-a1", contractId, ContractSide.AGENCY, "agency1", more,
        beijing("2027-01-05T10:00"));
    assertThat(first.status()).isEqualTo(AmendmentStatus.PROPOSED);
    assertThat(first.seq()).isEqualTo(1);
    assertThatThrownBy(() -> checkByAgency(contractId, more))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("第1次变更待对方答复");
    assertThatThrownBy(() -> service.propose("pi-a2", contractId, ContractSide.AGENCY, "agency1", more,
        beijing("2027-01-05T11:00"))).isInstanceOf(ContractConflictException.class);

    // refused: closed, a new one may be proposed
    assertThat(service.answer(first.id(), ContractSide.SUPPLIER, "sunshine1", false, "人手不足",
        beijing("2027-01-06T10:00")).status()).isEqualTo(AmendmentStatus.REFUSED);
    AmendmentView second = service.propose("pi-a2", contractId, ContractSide.AGENCY, "agency1", more,
        beijing("2027-01-07T10:00"));
    assertThat(second.seq()).isEqualTo(2);
    // lapsed: closed too
    service.lapse(second.id(), "15日内未答复");
    AmendmentView third = agreed(contractId, "pi-a3", more, beijing("2027-01-25T10:00"));
    assertThat(third.seq()).isEqualTo(3);
    // agreed and in force, but not filed: still open
    assertThatThrownBy(() -> checkByAgency(contractId, more))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("第3次变更双方已同意");
    service.takeEffect(third.id(), beijing("2027-01-26T10:00"));
    assertThatThrownBy(() -> checkByAgency(contractId, amount("510000.00",
        schedule("240000.00", "2026-12-01", "270000.00", "2027-06-01"))))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("第3次变更已生效");

    assertThat(service.amendments(contractId)).extracting(AmendmentView::status)
        .containsExactly(AmendmentStatus.REFUSED, AmendmentStatus.LAPSED, AmendmentStatus.IN_FORCE);
  }

  // ---- answering -----------------------------------------------------------------------------

  @Test
  void theOtherSideAnswersAndTheSupplierOnlyForItsOwnContract() {
    long contractId = filedContract();
    AmendmentProposal later = new AmendmentProposal(null, null,
        schedule("240000.00", "2027-01-15", "240000.00", "2027-07-15"), null, "资金到位较晚，付款日期顺延");
    assertThatThrownBy(() -> service.check(contractId, ContractSide.SUPPLIER, "rainbow1", later))
        .isInstanceOf(ContractAccessDeniedException.class).hasMessageContaining("乙方");
    assertThatThrownBy(() -> service.propose("pi-a1", contractId, ContractSide.SUPPLIER, "nobody", later,
        beijing("2027-01-05T10:00"))).isInstanceOf(ContractAccessDeniedException.class);
    assertThatThrownBy(() -> service.amendmentsFor(contractId, "rainbow1"))
        .isInstanceOf(ContractAccessDeniedException.class);

    AmendmentView proposed = service.propose("pi-a1", contractId, ContractSide.SUPPLIER, "sunshine1", later,
        beijing("2027-01-05T10:00"));
    assertThat(proposed.proposedBySide()).isEqualTo(ContractSide.SUPPLIER);
    assertThat(proposed.proposedBy()).isEqualTo("sunshine1");
    assertThat(service.amendmentsFor(contractId, "sunshine1")).extracting(AmendmentView::id)
        .containsExactly(proposed.id());
    long id = proposed.id();

    // the proposing side does not answer its own proposal
    assertThatThrownBy(() -> service.answer(id, ContractSide.SUPPLIER, "sunshine1", true, null,
        beijing("2027-01-06T10:00"))).isInstanceOf(ContractAccessDeniedException.class);
    assertThatThrownBy(() -> service.answer(id, ContractSide.AGENCY, "agency1", false, "  ",
        beijing("2027-01-06T10:00"))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("理由");
    // only an officer of the contract's own agency answers for 甲方
    assertThatThrownBy(() -> service.answer(id, ContractSide.AGENCY, "agency2", true, null,
        beijing("2027-01-06T10:00"))).isInstanceOf(ContractAccessDeniedException.class);
    assertThat(service.amendment(id).status()).isEqualTo(AmendmentStatus.PROPOSED);

    AmendmentView refused = service.answer(id, ContractSide.AGENCY, "agency1", false, "财政资金按原计划拨付",
        beijing("2027-01-06T10:00"));
    assertThat(refused.status()).isEqualTo(AmendmentStatus.REFUSED);
    assertThat(refused.closingReason()).isEqualTo("财政资金按原计划拨付");
    assertThat(refused.answeredBy()).isEqualTo("agency1");
    // the same answer again changes nothing; the other answer conflicts
    assertThat(service.answer(id, ContractSide.AGENCY, "agency1", false, "再次不同意",
        beijing("2027-01-07T10:00")).answeredAt()).isEqualTo(beijing("2027-01-06T10:00"));
    assertThatThrownBy(() -> service.answer(id, ContractSide.AGENCY, "agency1", true, null,
        beijing("2027-01-07T10:00"))).isInstanceOf(ContractConflictException.class);
    assertThat(service.amendment(id).answeredBy()).isEqualTo("agency1");
  }

  @Test
  void aSupplierOfAnotherOrganizationCannotAnswerTheAgencysProposal() {
    long contractId = filedContract();
    long id = service.propose("pi-a1", contractId, ContractSide.AGENCY, "agency1",
        new AmendmentProposal(null, null, null, "结余资金用于增加助餐服务", "服务内容调整"), beijing("2027-01-05T10:00")).id();

    assertThatThrownBy(() -> service.answer(id, ContractSide.SUPPLIER, "rainbow1", true, null,
        beijing("2027-01-06T10:00"))).isInstanceOf(ContractAccessDeniedException.class);
    assertThatThrownBy(() -> service.answer(id, ContractSide.AGENCY, "agency1", true, null,
        beijing("2027-01-06T10:00"))).isInstanceOf(ContractAccessDeniedException.class);

    AmendmentView accepted = service.answer(id, ContractSide.SUPPLIER, "sunshine1", true, null,
        beijing("2027-01-06T10:00"));
    assertThat(accepted.status()).isEqualTo(AmendmentStatus.AGREED);
    assertThat(service.answer(id, ContractSide.SUPPLIER, "sunshine1", true, null, beijing("2027-01-08T10:00"))
        .answeredAt()).isEqualTo(beijing("2027-01-06T10:00"));
    assertThatThrownBy(() -> service.answer(id, ContractSide.SUPPLIER, "sunshine1", false, "改主意了",
        beijing("2027-01-08T10:00"))).isInstanceOf(ContractConflictException.class);
    // the term is not shortened: nothing for the finance bureau to decide
    assertThatThrownBy(() -> service.decideTerm(id, true, "finance1", null, beijing("2027-01-08T10:00")))
        .isInstanceOf(ContractConflictException.class);
    assertThat(service.takeEffect(id, beijing("2027-01-09T10:00")).status()).isEqualTo(AmendmentStatus.IN_FORCE);
    assertThat(service.amendment(id).fundsUse()).isEqualTo("结余资金用于增加助餐服务");
  }

  // ---- a shortened term ----------------------------------------------------------------------

  @Test
  void aShortenedTermNeedsTheFinanceBureauThenChangesAndRepublishesTheContract() {
    long contractId = filedContract();
    LocalDate shortened = LocalDate.of(2027, 4, 30);
    // the second instalment (2027-06-01) would fall after the shortened term
    assertThatThrownBy(() -> checkByAgency(contractId, term(shortened, null, List.of())))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("第2期支付日期2027-06-01须在服务期限2026-11-01至2027-04-30之内");
    AmendmentProposal shorter = term(shortened, "450000.00",
        schedule("240000.00", "2026-12-01", "210000.00", "2027-04-01"));

    AmendmentView refusedOne = agreed(contractId, "pi-a1", shorter, beijing("2027-01-05T10:00"));
    assertThat(refusedOne.shortensTerm()).isTrue();
    assertThat(refusedOne.oldTermEnd()).isEqualTo(TERM_END);
    assertThatThrownBy(() -> service.takeEffect(refusedOne.id(), beijing("2027-01-06T10:00")))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("财政部门");
    assertThatThrownBy(() -> service.decideTerm(refusedOne.id(), false, "finance1", " ",
        beijing("2027-01-06T10:00"))).isInstanceOf(InvalidRequestException.class);
    AmendmentView termRefused = service.decideTerm(refusedOne.id(), false, "finance1", "服务周期不足以完成项目",
        beijing("2027-01-06T10:00"));
    assertThat(termRefused.status()).isEqualTo(AmendmentStatus.TERM_REFUSED);
    assertThat(termRefused.closingReason()).isEqualTo("服务周期不足以完成项目");
    assertThatThrownBy(() -> service.decideTerm(refusedOne.id(), true, "finance1", null,
        beijing("2027-01-06T11:00"))).isInstanceOf(ContractConflictException.class);
    assertThatThrownBy(() -> service.takeEffect(refusedOne.id(), beijing("2027-01-06T11:00")))
        .isInstanceOf(ContractConflictException.class);
    ContractView unchanged = contracts.contract(contractId);
    assertThat(unchanged.termEnd()).isEqualTo(TERM_END);
    assertThat(unchanged.amount()).isEqualByComparingTo(PRICE);
    assertThat(unchanged.instalments()).extracting(Instalment::dueDate)
        .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 1));

    // proposed again, and approved this time
    AmendmentView approvedOne = agreed(contractId, "pi-a2", shorter, beijing("2027-01-10T10:00"));
    assertThat(approvedOne.seq()).isEqualTo(2);
    AmendmentView approved = service.decideTerm(approvedOne.id(), true, "finance1", null,
        beijing("2027-01-11T10:00"));
    assertThat(approved.status()).isEqualTo(AmendmentStatus.AGREED);
    assertThat(approved.termDecidedBy()).isEqualTo("finance1");
    assertThat(service.decideTerm(approvedOne.id(), true, "finance2", null, beijing("2027-01-11T11:00"))
        .termDecidedAt()).isEqualTo(beijing("2027-01-11T10:00"));
    assertThat(contracts.publicContract(NO).publishedAt()).isEqualTo(beijing("2026-10-20T10:00"));

    AmendmentView inForce = service.takeEffect(approvedOne.id(), beijing("2027-01-12T10:00"));
    assertThat(inForce.status()).isEqualTo(AmendmentStatus.IN_FORCE);
    assertThat(inForce.inForceAt()).isEqualTo(beijing("2027-01-12T10:00"));
    ContractView amended = contracts.contract(contractId);
    assertThat(amended.termEnd()).isEqualTo(shortened);
    assertThat(amended.amount()).isEqualByComparingTo("450000.00");
    assertThat(amended.instalments()).containsExactly(
        new Instalment(new BigDecimal("240000.00"), LocalDate.of(2026, 12, 1)),
        new Instalment(new BigDecimal("210000.00"), LocalDate.of(2027, 4, 1)));
    assertThat(amended.status()).isEqualTo(ContractStatus.FILED);
    PublicContract notice = contracts.publicContract(NO);
    assertThat(notice.publishedAt()).isEqualTo(beijing("2027-01-12T10:00"));
    assertThat(notice.termEnd()).isEqualTo(shortened);
    assertThat(notice.amount()).isEqualByComparingTo("450000.00");
    assertThat(notice.amendments()).extracting(ContractViews.PublicAmendment::id).containsExactly(approvedOne.id());
    // the notice names the parties and the finance bureau, never the logins agency1, sunshine1, finance1
    assertThat(notice.amendments()).singleElement().satisfies(a -> {
      assertThat(a.proposedBy()).isEqualTo("甲方（深圳市民政局）");
      assertThat(a.answeredBy()).isEqualTo("乙方（深圳市阳光社会工作服务中心）");
      assertThat(a.termDecidedBy()).isEqualTo("财政部门");
    });
    assertThat(notice.toString()).doesNotContain("agency1", "sunshine1", "finance1");
    // taking effect again changes nothing
    assertThat(service.takeEffect(approvedOne.id(), beijing("2027-01-13T10:00")).inForceAt())
        .isEqualTo(beijing("2027-01-12T10:00"));
    assertThat(contracts.publicContract(NO).publishedAt()).isEqualTo(beijing("2027-01-12T10:00"));
  }

  // ---- an instalment requested meanwhile -----------------------------------------------------

  void requestInstalment(long contractId, int seq) {
    long instalmentId = jdbc.queryForObject("select id from contract_instalment where contract_id = ? and seq = ?",
        Long.class, contractId, seq);
    jdbc.update("insert into instalment_request (instalment_id, attempt, requested_by, requested_at)"
        + " values (?, 1, 'sunshine1', ?)", instalmentId, LocalDateTime.of(2026, 12, 1, 2, 0));
  }

  @Test
  void anAmendmentChangingAnInstalmentRequestedMeanwhileIsVoid() {
    long contractId = filedContract();
    AmendmentView agreed = agreed(contractId, "pi-a1",
        amount("500000.00", schedule("250000.00", "2026-12-01", "250000.00", "2027-06-01")),
        beijing("2026-11-20T10:00"));
    requestInstalment(contractId, 1);

    AmendmentView voided = service.takeEffect(agreed.id(), beijing("2026-12-02T10:00"));
    assertThat(voided.status()).isEqualTo(AmendmentStatus.VOID);
    assertThat(voided.closingReason()).contains("第1期", "240000.00");
    assertThat(voided.inForceAt()).isNull();
    assertThat(service.takeEffect(agreed.id(), beijing("2026-12-03T10:00")).status()).isEqualTo(AmendmentStatus.VOID);
    ContractView unchanged = contracts.contract(contractId);
    assertThat(unchanged.amount()).isEqualByComparingTo(PRICE);
    assertThat(unchanged.instalments()).extracting(Instalment::amount)
        .containsExactly(new BigDecimal("240000.00"), new BigDecimal("240000.00"));
    assertThat(unchanged.publishedAt()).isEqualTo(beijing("2026-10-20T10:00"));
    assertThat(contracts.publicContract(NO).amendments()).isEmpty();

    // void is closed; a new proposal may not touch the requested instalment, may change the other
    assertThatThrownBy(() -> checkByAgency(contractId,
        amount("500000.00", schedule("250000.00", "2026-12-01", "250000.00", "2027-06-01"))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("第1期已申请或已支付");
    assertThatThrownBy(() -> checkByAgency(contractId,
        amount("500000.00", schedule("240000.00", "2026-12-15", "260000.00", "2027-06-01"))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("第1期已申请或已支付");
    assertThatCode(() -> checkByAgency(contractId,
        amount("500000.00", schedule("240000.00", "2026-12-01", "260000.00", "2027-06-01"))))
        .doesNotThrowAnyException();
  }

  @Test
  void aReturnedInstalmentRequestNoLongerHoldsTheInstalment() {
    long contractId = filedContract();
    requestInstalment(contractId, 1);
    AmendmentProposal changesFirst = amount("500000.00",
        schedule("250000.00", "2026-12-01", "250000.00", "2027-06-01"));
    assertThatThrownBy(() -> checkByAgency(contractId, changesFirst)).isInstanceOf(InvalidRequestException.class);

    jdbc.update("update instalment_request set decision = 'RETURNED', return_reason = '发票有误',"
        + " decided_by = 'agency1', decided_at = ?", LocalDateTime.of(2026, 12, 2, 2, 0));
    assertThatCode(() -> checkByAgency(contractId, changesFirst)).doesNotThrowAnyException();
  }

  // ---- filing an amendment -------------------------------------------------------------------

  @Test
  void anAmendmentInForceIsFiledAfterTheContractsAttemptsWithItsOwnReceipt() {
    long contractId = filedContract();
    String contractReceipt = String.format("HTBA-2026-%06d", contractId);
    long id = agreed(contractId, "pi-a1",
        amount("500000.00", schedule("240000.00", "2026-12-01", "260000.00", "2027-06-01")),
        beijing("2027-01-05T10:00")).id();
    assertThatThrownBy(() -> contracts.submitFiling(contractId, id, null, null, null, beijing("2027-01-06T10:00")))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("第1次变更");
    service.takeEffect(id, beijing("2027-01-06T10:00"));

    FilingView first = contracts.submitFiling(contractId, id, null, null, null, beijing("2027-01-07T10:00"));
    assertThat(first.attempt()).isEqualTo(2);
    assertThat(first.amendmentId()).isEqualTo(id);
    assertThat(contracts.submitFiling(contractId, id, null, null, null, beijing("2027-01-07T10:05")).attempt())
        .isEqualTo(2);
    FilingView second = contracts.submitFiling(contractId, id, "补充协议原件已上传", "缺补充协议原件", "finance1",
        beijing("2027-01-08T10:00"));
    assertThat(second.attempt()).isEqualTo(3);

    String receipt = contracts.fileReceipt(contractId, id, "finance1", beijing("2027-01-09T10:00"));
    assertThat(receipt).isEqualTo(String.format("HTBA-2027-%06d-B1", contractId));
    assertThat(contracts.fileReceipt(contractId, id, "finance2", beijing("2027-01-10T10:00"))).isEqualTo(receipt);
    AmendmentView filed = service.amendment(id);
    assertThat(filed.status()).isEqualTo(AmendmentStatus.FILED);
    assertThat(filed.filingReceiptNo()).isEqualTo(receipt);
    assertThat(filed.filedAt()).isEqualTo(beijing("2027-01-09T10:00"));

    // the contract's own filing stays as it was
    ContractView contract = contracts.contract(contractId);
    assertThat(contract.filingReceiptNo()).isEqualTo(contractReceipt);
    assertThat(contract.filedAt()).isEqualTo(beijing("2026-10-23T10:00"));
    assertThat(contracts.recordFiling(contractId, "finance1", beijing("2027-01-10T10:00")).filingReceiptNo())
        .isEqualTo(contractReceipt);
    assertThat(contracts.submitFiling(contractId, null, null, null, beijing("2027-01-10T10:00")).attempt())
        .isEqualTo(1);
    assertThat(contracts.filings(contractId)).extracting(FilingView::attempt, FilingView::decision,
        FilingView::amendmentId).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, FilingDecision.ACCEPTED, null),
            org.assertj.core.groups.Tuple.tuple(2, FilingDecision.RETURNED, id),
            org.assertj.core.groups.Tuple.tuple(3, FilingDecision.ACCEPTED, id));
    assertThat(contracts.publicContract(NO).filingReceiptNo()).isEqualTo(contractReceipt);
  }

  // ---- idempotency and lapsing ---------------------------------------------------------------

  @Test
  void proposingAgainInTheSameProcessInstanceReturnsTheSameAmendment() {
    long contractId = filedContract();
    AmendmentProposal more = amount("500000.00", schedule("240000.00", "2026-12-01", "260000.00", "2027-06-01"));
    AmendmentView first = service.propose("pi-a1", contractId, ContractSide.AGENCY, "agency1", more,
        beijing("2027-01-05T10:00"));
    AmendmentView again = service.propose("pi-a1", contractId, ContractSide.AGENCY, "agency1", more,
        beijing("2027-01-05T10:01"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.proposedAt()).isEqualTo(beijing("2027-01-05T10:00"));
    assertThat(again.schedule()).isEqualTo(first.schedule());
    assertThat(jdbc.queryForObject("select count(*) from contract_amendment", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from contract_amendment_instalment", Integer.class)).isEqualTo(2);
    assertThat(service.contractIdOf(" " + NO + " ")).isEqualTo(contractId);
    assertThat(service.summary(first.id())).contains("480000.00元 → 500000.00元", "第2期：260000.00元，2027-06-01",
        REASON);
  }

  @Test
  void anUnansweredProposalLapsesOnce() {
    long contractId = filedContract();
    long id = service.propose("pi-a1", contractId, ContractSide.AGENCY, "agency1",
        new AmendmentProposal(null, null, null, "结余资金用于增加助餐服务", "服务内容调整"), beijing("2027-01-05T10:00")).id();

    AmendmentView lapsed = service.lapse(id, "15日内未答复");
    assertThat(lapsed.status()).isEqualTo(AmendmentStatus.LAPSED);
    assertThat(lapsed.closingReason()).isEqualTo("15日内未答复");
    AmendmentView again = service.lapse(id, "另一理由");
    assertThat(again.status()).isEqualTo(AmendmentStatus.LAPSED);
    assertThat(again.closingReason()).isEqualTo("15日内未答复");
    assertThatThrownBy(() -> service.answer(id, ContractSide.SUPPLIER, "sunshine1", true, null,
        beijing("2027-01-25T10:00"))).isInstanceOf(ContractConflictException.class);

    // an answered one does not lapse; a blank reason gets the default
    long answered = agreed(contractId, "pi-a2", new AmendmentProposal(null, null, null, "改用于助浴", "服务内容调整"),
        beijing("2027-01-26T10:00")).id();
    assertThat(service.lapse(answered, "15日内未答复").status()).isEqualTo(AmendmentStatus.AGREED);
    service.takeEffect(answered, beijing("2027-01-27T10:00"));
    contracts.submitFiling(contractId, answered, null, null, null, beijing("2027-01-28T10:00"));
    contracts.fileReceipt(contractId, answered, "finance1", beijing("2027-01-29T10:00"));
    long third = service.propose("pi-a3", contractId, ContractSide.AGENCY, "agency1",
        new AmendmentProposal(null, null, null, "改用于助洁", "服务内容调整"), beijing("2027-02-01T10:00")).id();
    assertThat(service.lapse(third, " ").closingReason()).isEqualTo("逾期未答复");
  }
}

package org.govpurchase.contract;

import org.govpurchase.calendar.StatutoryPeriods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.award.AwardService;
import org.govpurchase.calendar.WorkingDays;
import org.govpurchase.contract.ContractViews.ContractView;
import org.govpurchase.contract.ContractViews.FilingView;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.contract.ContractViews.PreparedDraft;
import org.govpurchase.contract.ContractViews.PublicContract;
import org.govpurchase.evaluation.CommitteeDraw;
import org.govpurchase.evaluation.EvaluationReports;
import org.govpurchase.plan.ApprovedPlans;
import org.govpurchase.plan.FundingSource;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.tender.TenderService;
import org.govpurchase.testing.ContractFixture;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.SupplierFixture;
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
 * Contracts on the Flyway schema (H2 by default), from a real announced direct-purchase award
 * and an approved plan; the committee draw is a mock. Each service call commits on its own.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StatutoryPeriods.class, ContractService.class, AwardService.class, SupplierService.class, TenderService.class,
    EvaluationReports.class, WorkingDays.class, ApprovedPlans.class, ContractServiceTest.Scans.class})
class ContractServiceTest {

  @ComponentScan(basePackages = {"org.govpurchase.calendar", "org.govpurchase.plan"}, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
          pattern = {".*JpaCalendarSource", ".*CatalogLookup"}))
  static class Scans {
  }

  static final String NO = "SZ-2026-0001";
  static final String SUNSHINE_CODE = "52440300MJL0000012";
  static final String RAINBOW_CODE = "52440300MJL0000025";
  static final BigDecimal PRICE = new BigDecimal("480000.00");

  @Autowired ContractService service;
  @Autowired AwardService awards;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean CommitteeDraw committees;

  PlanFixture plans;
  ContractFixture contractFixture;
  long planId;
  long sunshine;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @BeforeEach
  void fixture() {
    plans = new PlanFixture(jdbc, "SZ-MZ", "深圳市民政局", 2026);
    contractFixture = new ContractFixture(awards, service);
    planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2026, 11, 1));
    sunshine = supplier(SUNSHINE_CODE, "深圳市阳光社会工作服务中心", "sunshine1");
    supplier(RAINBOW_CODE, "深圳市彩虹长者服务社", "rainbow1");
  }

  @AfterEach
  void cleanUp() {
    for (String table : new String[] {"contract_filing", "contract_instalment", "contract", "award_challenge",
        "award"}) {
      jdbc.update("delete from " + table);
    }
    plans.cleanUp();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history",
        "supplier"}) {
      jdbc.update("delete from " + table);
    }
  }

  long supplier(String code, String name, String user) {
    return SupplierFixture.qualified(jdbc, code, name, user);
  }

  /** a direct purchase for sunshine, announced at {@code announced} */
  long announcedAward(Instant announced) {
    return contractFixture.announcedAward(planId, NO, SUNSHINE_CODE, PRICE, announced);
  }

  static List<Instalment> schedule(String... amountsAndDates) {
    List<Instalment> list = new java.util.ArrayList<>();
    for (int i = 0; i < amountsAndDates.length; i += 2) {
      list.add(new Instalment(new BigDecimal(amountsAndDates[i]), LocalDate.parse(amountsAndDates[i + 1])));
    }
    return list;
  }

  long signingContract(Instant announced) {
    return contractFixture.draftedContract("pi-1", announcedAward(announced),
        schedule("240000.00", "2026-12-01", "240000", "2027-06-01"), announced);
  }

  // ---- drafting ------------------------------------------------------------------------------

  @Test
  void theDraftComesFromTheAwardAndIsSignedWithinThirtyDaysAcrossAMonthEnd() {
    // announced Fri 2026-10-16 20:30 Beijing: the 30th day after is Sun 2026-11-15
    Instant announced = beijing("2026-10-16T20:30");
    long awardId = announcedAward(announced);

    PreparedDraft draft = service.prepareDraft("pi-1", awardId, announced.plusSeconds(5));

    assertThat(draft.signDeadline()).isEqualTo(beijing("2026-11-15T23:59:59"));
    assertThat(draft.signDeadline()).isEqualTo(Instant.parse("2026-11-15T15:59:59Z"));
    assertThat(draft.fundingSource()).isEqualTo(FundingSource.AGENCY_BUDGET);
    assertThat(draft.summary()).contains("深圳市民政局", "深圳市阳光社会工作服务中心", "480000.00元", "2026-11-01至2027-10-31",
        "2026-11-15 23:59:59");
    ContractView contract = service.contract(draft.contractId());
    assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    assertThat(contract.amount()).isEqualByComparingTo(PRICE);
    assertThat(contract.supplierId()).isEqualTo(sunshine);
    assertThat(contract.termEnd()).isEqualTo(LocalDate.of(2027, 10, 31));
    // idempotent on the award
    assertThat(service.prepareDraft("pi-1", awardId, announced.plusSeconds(99)).contractId())
        .isEqualTo(draft.contractId());
    assertThat(jdbc.queryForObject("select count(*) from contract", Integer.class)).isEqualTo(1);
  }

  @Test
  void theDeadlineCountsCalendarDaysIntoTheNextMonthAndYear() {
    assertThat(service.signDeadline(beijing("2026-01-31T09:00"))).isEqualTo(beijing("2026-03-02T23:59:59"));
    assertThat(service.signDeadline(beijing("2026-12-15T23:30"))).isEqualTo(beijing("2027-01-14T23:59:59"));
    // 2026-08-31 17:00 UTC is already 09-01 in Beijing
    assertThat(service.signDeadline(Instant.parse("2026-08-31T17:00:00Z")))
        .isEqualTo(beijing("2026-10-01T23:59:59"));
  }

  @Test
  void aProposedAwardHasNoContractYet() {
    long awardId = awards.recordDirectPurchase(planId, NO, SUNSHINE_CODE, PRICE, "紧急服务", "buyer1",
        beijing("2026-10-16T10:00")).id();
    assertThatThrownBy(() -> service.prepareDraft("pi-1", awardId, beijing("2026-10-16T11:00")))
        .isInstanceOf(ContractConflictException.class);
    assertThatThrownBy(() -> service.prepareDraft("pi-1", 987654, beijing("2026-10-16T11:00")))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void theInstalmentsMustAddUpToTheAmountWithinTheTermInOrder() {
    Instant announced = beijing("2026-10-16T10:00");
    long contractId = service.prepareDraft("pi-1", announcedAward(announced), announced).contractId();

    assertThatThrownBy(() -> service.registerDraft(contractId, "内容", "要求", "违约",
        schedule("240000.00", "2026-12-01", "239999.99", "2027-06-01"), announced))
        .isInstanceOf(ContractIncompleteException.class).hasMessageContaining("479999.99").hasMessageContaining("480000.00");
    assertThatThrownBy(() -> service.registerDraft(contractId, " ", null, "违约",
        schedule("240000.001", "2026-10-01", "240000", "2026-09-01"), announced))
        .isInstanceOf(ContractIncompleteException.class)
        .satisfies(e -> assertThat(((ContractIncompleteException) e).problems()).anyMatch(p -> p.contains("服务范围和内容"))
            .anyMatch(p -> p.contains("服务要求")).anyMatch(p -> p.contains("两位小数"))
            .anyMatch(p -> p.contains("2026-11-01至2027-10-31")).anyMatch(p -> p.contains("晚于上一期")));
    assertThatThrownBy(() -> service.registerDraft(contractId, "内容", "要求", "违约", List.of(), announced))
        .isInstanceOf(ContractIncompleteException.class).hasMessageContaining("1至4期");
    assertThat(service.contract(contractId).status()).isEqualTo(ContractStatus.DRAFT);

    // a refusal wrote nothing; now a valid schedule in fen
    ContractView drafted = service.registerDraft(contractId, "内容", "要求", "违约",
        schedule("100000.5", "2026-11-01", "379999.50", "2027-10-31"), announced);
    assertThat(drafted.status()).isEqualTo(ContractStatus.SIGNING);
    assertThat(drafted.instalments()).extracting(Instalment::amount)
        .containsExactly(new BigDecimal("100000.50"), new BigDecimal("379999.50"));
    // the same again changes nothing; different terms now conflict
    assertThat(service.registerDraft(contractId, "内容", "要求", "违约",
        schedule("100000.50", "2026-11-01", "379999.5", "2027-10-31"), announced).status())
        .isEqualTo(ContractStatus.SIGNING);
    assertThatThrownBy(() -> service.registerDraft(contractId, "内容2", "要求", "违约",
        schedule("480000", "2026-11-01"), announced)).isInstanceOf(ContractConflictException.class);
  }

  // ---- signing -------------------------------------------------------------------------------

  @Test
  void onlyTheAwardedSupplierSignsAndOnlyWhileSigning() {
    Instant announced = beijing("2026-10-16T10:00");
    long awardId = announcedAward(announced);
    long contractId = service.prepareDraft("pi-1", awardId, announced).contractId();
    assertThatThrownBy(() -> service.signBySupplier(contractId, "sunshine1", announced))
        .isInstanceOf(ContractConflictException.class);
    service.registerDraft(contractId, "内容", "要求", "违约", schedule("480000", "2027-01-05"), announced);

    assertThatThrownBy(() -> service.signBySupplier(contractId, "rainbow1", announced))
        .isInstanceOf(ContractAccessDeniedException.class).hasMessageContaining("乙方");
    assertThatThrownBy(() -> service.signBySupplier(contractId, "nobody", announced))
        .isInstanceOf(ContractAccessDeniedException.class);
    assertThat(service.mine("rainbow1")).isEmpty();

    ContractView signed = service.signBySupplier(contractId, "sunshine1", beijing("2026-10-20T09:00"));
    assertThat(signed.supplierSignedBy()).isEqualTo("sunshine1");
    assertThat(service.sign(contractId, "sunshine1", beijing("2026-10-21T09:00")).fresh()).isFalse();
    assertThat(service.contract(contractId).supplierSignedAt()).isEqualTo(beijing("2026-10-20T09:00"));
    assertThat(service.mine("sunshine1")).extracting(ContractView::id).containsExactly(contractId);
  }

  @Test
  void publishingNeedsBothSignaturesAndTakesTheLaterOne() {
    Instant announced = beijing("2026-10-16T10:00");
    long contractId = signingContract(announced);
    assertThatThrownBy(() -> service.publish(contractId, "agency1", beijing("2026-10-20T10:00")))
        .isInstanceOf(ContractConflictException.class).hasMessageContaining("乙方尚未签字");
    assertThatThrownBy(() -> service.publicContract(NO)).isInstanceOf(NoSuchElementException.class);

    service.signBySupplier(contractId, "sunshine1", beijing("2026-10-20T09:00"));
    ContractView published = service.publish(contractId, "agency1", beijing("2026-10-21T10:00"));

    assertThat(published.status()).isEqualTo(ContractStatus.PUBLISHED);
    assertThat(published.agencySignedBy()).isEqualTo("agency1");
    assertThat(published.signedAt()).isEqualTo(beijing("2026-10-21T10:00"));
    assertThat(service.publish(contractId, "other", beijing("2026-10-22T10:00")).publishedAt())
        .isEqualTo(beijing("2026-10-21T10:00"));
    PublicContract notice = service.publicContract(NO);
    assertThat(notice.supplierName()).isEqualTo("深圳市阳光社会工作服务中心");
    assertThat(notice.agencyName()).isEqualTo("深圳市民政局");
    assertThat(notice.instalments()).hasSize(2);
    assertThat(notice.breachLiability()).isEqualTo("逾期按日万分之五支付违约金");
    assertThat(notice.filingReceiptNo()).isNull();
  }

  // ---- filing --------------------------------------------------------------------------------

  @Test
  void aReturnedFilingIsCorrectedThenAcceptedWithAReceiptNumber() {
    Instant announced = beijing("2026-10-16T10:00");
    long contractId = signingContract(announced);
    assertThatThrownBy(() -> service.submitFiling(contractId, null, null, null, announced))
        .isInstanceOf(ContractConflictException.class);
    service.signBySupplier(contractId, "sunshine1", beijing("2026-10-20T09:00"));
    service.publish(contractId, "agency1", beijing("2026-10-20T10:00"));

    FilingView first = service.submitFiling(contractId, null, null, null, beijing("2026-10-21T10:00"));
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(service.submitFiling(contractId, null, null, null, beijing("2026-10-21T10:05")).attempt()).isEqualTo(1);

    // the bureau returned it in Tasklist; the agency corrected; the worker submits again
    FilingView second = service.submitFiling(contractId, "补充附件", "缺少服务方案附件", "finance1",
        beijing("2026-10-22T10:00"));
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.correction()).isEqualTo("补充附件");
    // a repeated run changes nothing
    assertThat(service.submitFiling(contractId, "补充附件", "缺少服务方案附件", "finance1", beijing("2026-10-22T10:01"))
        .attempt()).isEqualTo(2);
    assertThatThrownBy(() -> service.publicContract("NOPE")).isInstanceOf(NoSuchElementException.class);

    ContractView filed = service.recordFiling(contractId, "finance1", beijing("2026-10-23T10:00"));
    assertThat(filed.status()).isEqualTo(ContractStatus.FILED);
    String receipt = String.format("HTBA-2026-%06d", contractId);
    assertThat(filed.filingReceiptNo()).isEqualTo(receipt);
    assertThat(service.recordFiling(contractId, "finance2", beijing("2026-10-24T10:00")).filingReceiptNo())
        .isEqualTo(receipt);
    assertThat(service.publicContract(NO).filingReceiptNo()).isEqualTo(receipt);

    List<FilingView> history = service.filings(contractId);
    assertThat(history).extracting(FilingView::decision)
        .containsExactly(FilingDecision.RETURNED, FilingDecision.ACCEPTED);
    assertThat(history.get(0).returnReason()).isEqualTo("缺少服务方案附件");
    assertThat(history.get(0).decidedBy()).isEqualTo("finance1");
    assertThat(history.get(1).decidedBy()).isEqualTo("finance1");
    assertThat(service.submitFiling(contractId, null, null, null, beijing("2026-10-25T10:00")).attempt()).isEqualTo(2);
  }

  @Test
  void returnFilingRecordsTheReturnOnce() {
    Instant announced = beijing("2026-10-16T10:00");
    long contractId = signingContract(announced);
    service.signBySupplier(contractId, "sunshine1", beijing("2026-10-20T09:00"));
    service.publish(contractId, "agency1", beijing("2026-10-20T10:00"));
    service.submitFiling(contractId, null, null, null, beijing("2026-10-21T10:00"));

    assertThat(service.returnFiling(contractId, "finance1", "缺附件", beijing("2026-10-21T11:00")).decision())
        .isEqualTo(FilingDecision.RETURNED);
    assertThat(service.returnFiling(contractId, "finance1", "缺附件", beijing("2026-10-21T11:05")).decidedAt())
        .isEqualTo(beijing("2026-10-21T11:00"));
    assertThatThrownBy(() -> service.recordFiling(contractId, "finance1", beijing("2026-10-21T12:00")))
        .isInstanceOf(ContractConflictException.class);
    assertThat(service.submitFiling(contractId, "已补", null, null, beijing("2026-10-22T10:00")).attempt()).isEqualTo(2);
  }
}

package org.govpurchase.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.govpurchase.award.AwardService;
import org.govpurchase.contract.ContractService;
import org.govpurchase.contract.ContractViews.Instalment;
import org.govpurchase.identity.Groups;
import org.govpurchase.plan.ProcurementMethod;
import org.govpurchase.testing.ContractFixture;
import org.govpurchase.testing.PlanFixture;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.govpurchase.calendar.BeijingTime;

/**
 * The supplier's request and the message share one transaction on the real engine: a filed
 * contract whose process is not waiting for the request is answered 409 and nothing is written.
 * The demo supplier supplier1 acts for 阳光.
 */
@ProcessTest
class PaymentRequestRollbackTest {

  static final String NO = "SZ-2027-0777";

  @Autowired PaymentController controller;
  @Autowired PaymentService payments;
  @Autowired ContractService contracts;
  @Autowired AwardService awards;
  @Autowired JdbcTemplate jdbc;

  PlanFixture plans;
  Long contractId;
  Long awardId;

  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
  }

  @AfterEach
  void cleanUp() {
    SecurityContextHolder.clearContext();
    if (contractId != null) {
      jdbc.update("delete from payment where contract_id = ?", contractId);
      jdbc.update("delete from instalment_request where instalment_id in"
          + " (select id from contract_instalment where contract_id = ?)", contractId);
      jdbc.update("delete from funds_confirmation where contract_id = ?", contractId);
      jdbc.update("delete from contract_filing where contract_id = ?", contractId);
      jdbc.update("delete from contract_instalment where contract_id = ?", contractId);
      jdbc.update("delete from contract where id = ?", contractId);
    }
    if (awardId != null) {
      jdbc.update("delete from award where id = ?", awardId);
    }
    if (plans != null) {
      plans.cleanUp();
    }
  }

  @Test
  void aRequestTheProcessIsNotWaitingForIsRefusedAndNotWritten() {
    plans = new PlanFixture(jdbc, "SZ-PAY", "深圳市测试局", 2027);
    long planId = plans.approvedPlan(NO, ProcurementMethod.DIRECT_PURCHASE, new BigDecimal("500000.00"),
        LocalDate.of(2027, 1, 1));
    ContractFixture contractFixture = new ContractFixture(awards, contracts);
    Instant announced = beijing("2026-12-01T10:00");
    awardId = contractFixture.announcedAward(planId, NO, "52440300MJL0000012", new BigDecimal("480000.00"),
        announced);
    contractId = contractFixture.draftedContract("pi-none", awardId,
        List.of(new Instalment(new BigDecimal("480000.00"), LocalDate.of(2027, 6, 1))), announced);
    contractFixture.signedAndPublished(contractId, "supplier1", beijing("2026-12-02T09:00"), "agency1",
        beijing("2026-12-02T10:00"));
    contractFixture.filed(contractId, beijing("2026-12-03T10:00"), "finance1", beijing("2026-12-04T10:00"));

    Authentication supplier = new TestingAuthenticationToken("supplier1", "x", "ROLE_" + Groups.SUPPLIER);
    SecurityContextHolder.getContext().setAuthentication(supplier);
    long id = contractId;
    assertThatThrownBy(() -> controller.request(id, 1, new PaymentController.RequestBodyNote("已完成"), supplier))
        .isInstanceOf(PaymentConflictException.class).hasMessageContaining("第1期").hasMessageContaining("未受理");

    assertThat(jdbc.queryForObject("select count(*) from instalment_request where instalment_id in"
        + " (select id from contract_instalment where contract_id = ?)", Integer.class, contractId)).isZero();
    assertThat(payments.payments(contractId, beijing("2027-06-02T10:00")).instalments())
        .singleElement().satisfies(i -> assertThat(i.requestState()).isEqualTo("NONE"));
  }
}

package org.govpurchase.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.govpurchase.supplier.SupplierDisqualificationProcess.*;
import static org.govpurchase.testing.Clock.beijing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.govpurchase.testing.Clock;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.testing.SignedIn;
import org.govpurchase.testing.SupplierFixture;
import org.govpurchase.testing.WorkerRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** processes/supplier-disqualification.bpmn with its start check and its two real workers. */
@ProcessTest
class SupplierDisqualificationProcessTest {

  static final String CODE = "52440300MJL00000X1";
  static final String REASON = "提供虚假材料谋取中标（福财监〔2026〕8号）";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired SupplierService suppliers;
  @Autowired JdbcTemplate jdbc;

  long supplierId;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    supplierId = SupplierFixture.qualified(jdbc, CODE, "深圳市失信测试服务社", "liar1");
  }

  @AfterEach
  void cleanUp() {
    Clock.resetEngineClock();
    identityService.clearAuthentication();
    for (String table : new String[] {"supplier_condition_evidence", "supplier_member", "supplier_history"}) {
      jdbc.update("delete from " + table + " where supplier_id = ?", supplierId);
    }
    jdbc.update("delete from supplier where id = ?", supplierId);
  }

  @Test
  void refusesAnUnknownSupplierABlankReasonAndAPeriodOutOfRange() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> start("52440300MJL0000099", REASON, 24)).hasMessageContaining("未登记");
    assertThatThrownBy(() -> start(CODE, "  ", 24)).hasMessageContaining("理由");
    assertThatThrownBy(() -> start(CODE, REASON, 6)).hasMessageContaining("12至36个月");
    assertThatThrownBy(() -> start(CODE, REASON, 37)).hasMessageContaining("12至36个月");
    assertThatThrownBy(() -> start(CODE, "理".repeat(301), 24)).hasMessageContaining("300");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(before);
  }

  @Test
  void recordsTheDisqualificationAndLiftsItWhenThePeriodEnds() {
    Clock.setEngineClock("2026-03-10T10:00:00");
    ProcessInstance disqualification = start(CODE, REASON, 24);
    assertThat(disqualification).isWaitingAt(TASK_RECORD).variables()
        .containsEntry(VAR_SUPPLIER_ID, supplierId).containsEntry(VAR_INITIATOR, "finance");

    WorkerRun.run(engine, TOPIC_RECORD, new RecordDisqualificationWorker(suppliers));

    // 24 months from 2026-03-10: the last day is 2028-03-09, the timer ends it at the next midnight
    assertThat(disqualification).isWaitingAt(EVENT_PERIOD_ENDS).variables()
        .containsEntry(VAR_UNTIL, "2028-03-09");
    assertThat(job(disqualification)).hasDueDate(beijing("2028-03-10T00:00:00"));
    assertThat(suppliers.qualification(supplierId, LocalDate.of(2027, 1, 4)).reasons())
        .isEqualTo("承接主体已被取消参与政府购买服务资格至2028-03-09：" + REASON);
    assertThat(suppliers.disclosure(CODE)).hasValueSatisfying(public_ -> {
      assertThat(public_.status()).isEqualTo(SupplierStatus.DISQUALIFIED);
      assertThat(public_.sanctionReason()).isEqualTo(REASON);
      assertThat(public_.sanctionedUntil()).isEqualTo(LocalDate.of(2028, 3, 9));
    });
    // a second record (a retried task) keeps the end date and writes nothing again
    assertThat(suppliers.disqualify(supplierId, REASON, 12, "finance")).isEqualTo(LocalDate.of(2028, 3, 9));

    Clock.setEngineClock("2028-03-10T00:00:01");
    execute(job(disqualification));
    assertThat(disqualification).isWaitingAt(TASK_LIFT);
    WorkerRun.run(engine, TOPIC_LIFT, new LiftDisqualificationWorker(suppliers));

    assertThat(disqualification).isEnded().hasPassed(END_LIFTED);
    assertThat(suppliers.qualification(supplierId, LocalDate.of(2028, 3, 10)).qualified()).isTrue();
    assertThat(suppliers.disclosure(CODE).orElseThrow().sanctionReason()).isNull();
    assertThat(suppliers.one(supplierId).history()).filteredOn(h -> h.event() != SupplierEvent.REGISTERED)
        .extracting(h -> h.event() + " " + h.recordedBy() + " " + h.note())
        .containsExactly(
            "DISQUALIFIED finance 取消参与政府购买服务资格24个月，至2028-03-09：" + REASON,
            "REINSTATED system 取消资格期满（至2028-03-09），恢复参与政府购买服务资格；原因：" + REASON);
    // lifting again changes nothing
    assertThat(suppliers.liftDisqualification(supplierId, LocalDate.of(2028, 3, 9), "system")).isFalse();
  }

  @Test
  void anEmptyPeriodTakesTheConfiguredDefault() {
    Clock.setEngineClock("2026-03-10T10:00:00");
    ProcessInstance disqualification = start(CODE, REASON, null);

    assertThat(disqualification).variables().containsEntry(VAR_MONTHS, 36);
  }

  /** as the finance bureau in Tasklist: submit the start form */
  private ProcessInstance start(String code, String reason, Integer months) {
    SignedIn.as(identityService, "finance", List.of("finance-bureau"));
    try {
      Map<String, Object> form = new HashMap<>();
      form.put(VAR_CREDIT_CODE, code);
      form.put(VAR_REASON, reason);
      if (months != null) {
        form.put(VAR_MONTHS, months.longValue());
      }
      String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
          .latestVersion().singleResult().getId();
      return formService.submitStartForm(definition, form);
    } finally {
      identityService.clearAuthentication();
    }
  }
}

package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.govpurchase.contract.ContractViews.Instalment;
import org.junit.jupiter.api.Test;

/** The Contract process's completion checks and the draft form reader. */
class ContractFormChecksTest {

  static Map<String, Object> form() {
    Map<String, Object> v = new HashMap<>();
    v.put("scopeAndContent", "居家养老上门服务");
    v.put("serviceRequirements", "每周上门两次");
    v.put("breachLiability", "逾期按日万分之五支付违约金");
    v.put("instalment1Amount", 240000);
    v.put("instalment1DueDate", "2026-12-01");
    v.put("instalment2Amount", 239999.5);
    v.put("instalment2DueDate", "2027-06-01");
    v.put("instalment3Amount", "");
    v.put("instalment3DueDate", null);
    return v;
  }

  /** one limit for breachLiability: the form says what the server (and its column) accepts */
  @Test
  void theDraftFormAndTheServerAgreeOnTheBreachLiabilityLimit() throws Exception {
    var form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("forms/contract-draft.form").toFile());
    var field = form.findParents("key").stream().filter(c -> "breachLiability".equals(c.path("key").asText()))
        .findFirst().orElseThrow();
    assertThat(field.path("validate").path("maxLength").asInt()).isEqualTo(ContractService.MAX_BREACH);
    assertThat(ContractService.textProblems("范围", "要求", "责".repeat(ContractService.MAX_BREACH))).isEmpty();
    assertThat(ContractService.textProblems("范围", "要求", "责".repeat(ContractService.MAX_BREACH + 1)))
        .singleElement().asString().contains("breachLiability", String.valueOf(ContractService.MAX_BREACH));
  }

  @Test
  void aCompleteFormReadsIntoTheSchedule() {
    ContractDraft draft = ContractDraft.read(form()::get);
    assertThat(draft.problems()).isEmpty();
    assertThat(draft.instalments()).containsExactly(
        new Instalment(BigDecimal.valueOf(240000), LocalDate.of(2026, 12, 1)),
        new Instalment(new BigDecimal("239999.5"), LocalDate.of(2027, 6, 1)));
  }

  @Test
  void everyProblemOfTheFormIsListed() {
    Map<String, Object> v = form();
    v.put("breachLiability", " ");
    v.put("scopeAndContent", "x".repeat(ContractService.MAX_SCOPE + 1));
    v.put("instalment1Amount", 0.001);
    v.put("instalment2DueDate", "2027/06/01");
    v.put("instalment3Amount", "abc");
    v.put("instalment3DueDate", "2027-07-01");
    v.put("instalment4Amount", 5);
    assertThat(ContractDraft.read(v::get).problems())
        .anyMatch(p -> p.contains("违约责任")).anyMatch(p -> p.contains("不能超过2000"))
        .anyMatch(p -> p.contains("第1期金额最多两位小数")).anyMatch(p -> p.contains("第2期支付日期"))
        .anyMatch(p -> p.contains("第3期金额须为数字")).anyMatch(p -> p.contains("第4期须同时填写"));
    Map<String, Object> none = form();
    none.keySet().removeIf(k -> k.startsWith("instalment"));
    assertThat(ContractDraft.read(none::get).problems()).anyMatch(p -> p.contains("至少填写一期"));
  }

  @Test
  void theDraftCheckRefusesABadForm() {
    DelegateExecution execution = mock(DelegateExecution.class);
    Map<String, Object> v = form();
    v.put("instalment1Amount", -3);
    when(execution.getVariable(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(i -> v.get(i.getArgument(0, String.class)));
    assertThatThrownBy(() -> new ContractFormChecks.DraftCheck().notify(execution))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("第1期金额须大于0");
    v.put("instalment1Amount", 3);
    new ContractFormChecks.DraftCheck().notify(execution);
  }

  @Test
  void signingDecisionAndCorrectionChecks() {
    assertThat(ContractFormChecks.signProblems(null)).hasSize(1);
    assertThat(ContractFormChecks.signProblems(false)).hasSize(1);
    assertThat(ContractFormChecks.signProblems(true)).isEmpty();

    assertThat(ContractFormChecks.decisionProblems("ACCEPT", null)).isEmpty();
    assertThat(ContractFormChecks.decisionProblems("RETURN", "缺附件")).isEmpty();
    assertThat(ContractFormChecks.decisionProblems("RETURN", " ")).singleElement().asString().contains("退回理由");
    assertThat(ContractFormChecks.decisionProblems("MAYBE", null)).hasSize(1);
    assertThat(ContractFormChecks.decisionProblems("RETURN", "x".repeat(501))).hasSize(1);

    assertThat(ContractFormChecks.correctionProblems("已补充附件")).isEmpty();
    assertThat(ContractFormChecks.correctionProblems(null)).hasSize(1);
    assertThat(ContractFormChecks.correctionProblems("x".repeat(1001))).hasSize(1);

    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("agencySigned")).thenReturn(false);
    assertThatThrownBy(() -> new ContractFormChecks.SignCheck().notify(execution))
        .isInstanceOf(FormFieldValidationException.class);
  }
}

package org.govpurchase.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** The award forms' completion checks and the shared readings of form values. */
class AwardFormChecksTest {

  static final String CODE = "52440300MJL0000012";

  @Test
  void theBuyerMustConfirmTheProposedSupplier() {
    assertThat(AwardConfirmationCheck.problems(true, "同意")).isEmpty();
    assertThat(AwardConfirmationCheck.problems(true, null)).isEmpty();
    assertThat(AwardConfirmationCheck.problems(false, null)).singleElement().asString().contains("awardConfirmed");
    assertThat(AwardConfirmationCheck.problems(null, "x".repeat(501))).hasSize(2);
    assertThat(AwardConfirmationCheck.problems("true", null)).hasSize(1);
  }

  @Test
  void anAnswerNeedsAKnownDecisionAndAText() {
    assertThat(ChallengeAnswerCheck.problems("DISMISSED", "评分无误")).isEmpty();
    assertThat(ChallengeAnswerCheck.problems("UPHELD_RETENDER", "重新采购")).isEmpty();
    assertThat(ChallengeAnswerCheck.problems("UPHELD", "x")).singleElement().asString().contains("challengeDecision");
    assertThat(ChallengeAnswerCheck.problems("DISMISSED", " ")).singleElement().asString().contains("challengeAnswer");
    assertThat(ChallengeAnswerCheck.problems("DISMISSED", "长".repeat(2001))).singleElement().asString().contains("2000");
  }

  @Test
  void aChoiceNeedsAValidCodeAPriceAndAJustification() {
    assertThat(AwardInputs.choiceProblems(CODE, 480000.5, "唯一具备资质")).isEmpty();
    assertThat(AwardInputs.choiceProblems(" " + CODE.toLowerCase(), "480,000.00", "理由")).isEmpty();
    assertThat(AwardInputs.choiceProblems(CODE, 480000L, "理由")).isEmpty();
    assertThat(AwardInputs.choiceProblems("52440300MJL0000013", 1, "理由")).singleElement().asString()
        .contains("统一社会信用代码无效");
    assertThat(AwardInputs.choiceProblems(CODE, 0, "理由")).singleElement().asString().contains("大于0");
    assertThat(AwardInputs.choiceProblems(CODE, 1.005, "理由")).singleElement().asString().contains("两位小数");
    assertThat(AwardInputs.choiceProblems(CODE, "abc", "理由")).singleElement().asString().contains("不是数字");
    assertThat(AwardInputs.choiceProblems(null, null, null)).hasSize(3);
    assertThat(AwardInputs.choiceProblems(CODE, 1, "长".repeat(1001))).singleElement().asString().contains("1000");
  }

  @Test
  void theChoiceCheckRefusesTheCompletionWithEveryProblem() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(AwardProcess.VAR_CHOSEN_SUPPLIER_CODE)).thenReturn("bad");
    when(execution.getVariable(AwardProcess.VAR_CHOSEN_PRICE)).thenReturn(-1);
    when(execution.getVariable(AwardProcess.VAR_CHOICE_JUSTIFICATION)).thenReturn("理由");

    assertThatThrownBy(() -> new DirectPurchaseCheck().notify(execution))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("统一社会信用代码无效").hasMessageContaining("大于0");

    when(execution.getVariable(AwardProcess.VAR_CHOSEN_SUPPLIER_CODE)).thenReturn(CODE);
    when(execution.getVariable(AwardProcess.VAR_CHOSEN_PRICE)).thenReturn(12.5);
    new SingleSourceCheck().notify(execution);
  }

  @Test
  void formValuesAreReadAsTasklistSendsThem() {
    assertThat(AwardInputs.price(480000.5)).isEqualByComparingTo(new BigDecimal("480000.50"));
    assertThat(AwardInputs.price(7)).isEqualByComparingTo("7");
    assertThat(AwardInputs.price(null)).isNull();
    assertThat(AwardInputs.id(31.0)).isEqualTo(31L);
    assertThat(AwardInputs.id("31")).isEqualTo(31L);
    assertThat(AwardInputs.id(31.5)).isNull();
    assertThat(AwardInputs.decision(" DISMISSED ")).isEqualTo(ChallengeDecision.DISMISSED);
    assertThat(AwardInputs.decision("dismissed")).isNull();
  }

  @Test
  void theAnswerFormShowsTheChallenge() {
    AwardService awards = mock(AwardService.class);
    when(awards.challengeSummary(31L)).thenReturn("质疑人：深圳市阳光社会工作服务中心");
    when(awards.challengeSummary(32L)).thenThrow(new java.util.NoSuchElementException("质疑32不存在"));
    AwardForms forms = new AwardForms(awards);

    assertThat(forms.challengeSummary(31)).isEqualTo("质疑人：深圳市阳光社会工作服务中心");
    assertThat(forms.challengeSummary(32L)).contains("不存在");
    assertThat(forms.challengeSummary(null)).contains("缺失");

    when(awards.proposedSummary("SZ-2026-0001")).thenReturn("拟中标承接主体：…");
    when(awards.proposedSummary("SZ-2026-0002")).thenThrow(new java.util.NoSuchElementException("没有拟中标结果"));
    assertThat(forms.awardSummary("SZ-2026-0001")).isEqualTo("拟中标承接主体：…");
    assertThat(forms.awardSummary("SZ-2026-0002")).isEqualTo("（没有拟中标结果）");
  }
}

package org.govpurchase.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govpurchase.contract.ContractViews.Instalment;
import org.junit.jupiter.api.Test;

/** The ContractAmendment process's answer and decision checks and the proposal form reader. */
class AmendmentFormChecksTest {

  @Test
  void anAnswerIsAcceptOrARefusalWithItsReason() {
    assertThat(AmendmentFormChecks.answerProblems("ACCEPT", null)).isEmpty();
    assertThat(AmendmentFormChecks.answerProblems("REFUSE", "预算不足")).isEmpty();
    assertThat(AmendmentFormChecks.answerProblems("REFUSE", "  ")).singleElement().asString()
        .contains("不同意时必须说明理由");
    assertThat(AmendmentFormChecks.answerProblems(null, null)).singleElement().asString().contains("amendmentAnswer");
    // the finance bureau's word is no answer of a party
    assertThat(AmendmentFormChecks.answerProblems("APPROVE", null)).hasSize(1);
  }

  @Test
  void aTermDecisionIsApproveOrARefusalWithItsReason() {
    assertThat(AmendmentFormChecks.decisionProblems("APPROVE", null)).isEmpty();
    assertThat(AmendmentFormChecks.decisionProblems("REFUSE", "服务尚未完成")).isEmpty();
    assertThat(AmendmentFormChecks.decisionProblems("REFUSE", null)).singleElement().asString()
        .contains("termDecisionReason");
    assertThat(AmendmentFormChecks.decisionProblems("ACCEPT", null)).singleElement().asString()
        .contains("termDecision must be APPROVE or REFUSE");
  }

  @Test
  void aReasonHasAtMost500Characters() {
    assertThat(AmendmentFormChecks.answerProblems("REFUSE", "理".repeat(500))).isEmpty();
    assertThat(AmendmentFormChecks.answerProblems("REFUSE", "理".repeat(501))).singleElement().asString()
        .contains("不得超过500字");
    assertThat(AmendmentFormChecks.decisionProblems("APPROVE", "理".repeat(501))).hasSize(1);
    // blanks around it do not count
    assertThat(AmendmentFormChecks.decisionProblems("REFUSE", " " + "理".repeat(500) + " ")).isEmpty();
  }

  static Map<String, Object> proposal() {
    Map<String, Object> v = new HashMap<>();
    v.put("newAmount", "528000");
    v.put("newTermEnd", "2027-09-30");
    v.put("instalment1Amount", "264000");
    v.put("instalment1DueDate", "2027-01-05");
    v.put("instalment2Amount", 264000.5);
    v.put("instalment2DueDate", "2027-06-01");
    v.put("instalment3Amount", "");
    v.put("fundsUse", " 增加上门服务人员经费 ");
    v.put("amendmentReason", "服务对象增加");
    return v;
  }

  @Test
  void aProposalReadsIntoTheNewValuesAndSchedule() {
    AmendmentForm form = AmendmentForm.read(proposal()::get);
    assertThat(form.problems()).isEmpty();
    assertThat(form.proposal()).isEqualTo(new AmendmentProposal(new BigDecimal("528000"), LocalDate.of(2027, 9, 30),
        List.of(new Instalment(new BigDecimal("264000"), LocalDate.of(2027, 1, 5)),
            new Instalment(new BigDecimal("264000.5"), LocalDate.of(2027, 6, 1))),
        "增加上门服务人员经费", "服务对象增加"));
  }

  @Test
  void blankFieldsLeaveTheirValueUnchanged() {
    Map<String, Object> v = new HashMap<>();
    v.put("newAmount", " ");
    v.put("newTermEnd", "");
    v.put("instalment1Amount", "");
    v.put("instalment1DueDate", null);
    v.put("fundsUse", "  ");
    v.put("amendmentReason", "只改理由");
    AmendmentForm form = AmendmentForm.read(v::get);
    assertThat(form.problems()).isEmpty();
    assertThat(form.proposal()).isEqualTo(new AmendmentProposal(null, null, List.of(), null, "只改理由"));
    assertThat(form.proposal().changesNothing()).isTrue();
  }

  @Test
  void everyUnreadableFieldIsAProblem() {
    Map<String, Object> v = proposal();
    v.put("newAmount", "五十二万");
    v.put("newTermEnd", "2027/09/30");
    v.put("instalment2Amount", "abc");
    AmendmentForm form = AmendmentForm.read(v::get);
    assertThat(form.problems()).hasSize(3)
        .anyMatch(p -> p.contains("newAmount is not a number"))
        .anyMatch(p -> p.contains("newTermEnd must be yyyy-MM-dd"))
        .anyMatch(p -> p.contains("第2期金额须为数字"));
    assertThat(form.proposal().amount()).isNull();
    assertThat(form.proposal().termEnd()).isNull();
  }

  @Test
  void theSupplierApisVariablesReadBackIntoTheSameProposal() {
    AmendmentProposal full = new AmendmentProposal(new BigDecimal("528000.00"), LocalDate.of(2027, 9, 30),
        List.of(new Instalment(new BigDecimal("264000.00"), LocalDate.of(2027, 1, 5)),
            new Instalment(new BigDecimal("264000.00"), LocalDate.of(2027, 6, 1))),
        "增加上门服务人员经费", "服务对象增加");
    AmendmentProposal onlyTheAmount = new AmendmentProposal(new BigDecimal("440000"), null, null, null, "减少服务次数");
    for (AmendmentProposal p : List.of(full, onlyTheAmount)) {
      AmendmentForm form = AmendmentForm.read(AmendmentForm.variables(p)::get);
      assertThat(form.problems()).isEmpty();
      assertThat(form.proposal()).isEqualTo(p);
    }
  }
}

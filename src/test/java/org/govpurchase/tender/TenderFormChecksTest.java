package org.govpurchase.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The completion checks of the Tendering forms, and the procurement number of a round. */
class TenderFormChecksTest {

  @Test
  void qualificationReviewNeedsADecisionAndAReasonToOverride() {
    assertThat(QualificationReviewCheck.problems("CONFIRM", null)).isEmpty();
    assertThat(QualificationReviewCheck.problems("OVERRIDE", "补正材料已核实")).isEmpty();
    assertThat(QualificationReviewCheck.problems("OVERRIDE", " ")).singleElement().asString().contains("overrideReason");
    assertThat(QualificationReviewCheck.problems(null, null)).singleElement().asString().contains("CONFIRM");
    assertThat(QualificationReviewCheck.problems("CONFIRM", "x".repeat(501))).hasSize(1);
  }

  @Test
  void aFailedTenderIsRetenderedOrTheMethodChangesToAnotherWithAReason() {
    assertThat(FailedTenderCheck.problems("RETENDER", null, "OPEN_TENDER", null)).isEmpty();
    assertThat(FailedTenderCheck.problems("CHANGE_METHOD", "COMPETITIVE_NEGOTIATION", "OPEN_TENDER", "不足三家"))
        .isEmpty();
    assertThat(FailedTenderCheck.problems("CHANGE_METHOD", "OPEN_TENDER", "OPEN_TENDER", "不足三家"))
        .singleElement().asString().contains("不同于");
    assertThat(FailedTenderCheck.problems("CHANGE_METHOD", "BARTER", "OPEN_TENDER", "不足三家"))
        .singleElement().asString().contains("newProcurementMethod");
    assertThat(FailedTenderCheck.problems("CHANGE_METHOD", "SINGLE_SOURCE", "OPEN_TENDER", "")).hasSize(1);
    assertThat(FailedTenderCheck.problems("GIVE_UP", null, "OPEN_TENDER", null)).hasSize(1);
    assertThat(FailedTenderCheck.problems(null, null, "OPEN_TENDER", null)).hasSize(1);
  }

  @Test
  void aRefusedMethodChangeNeedsAComment() {
    assertThat(MethodChangeApprovalCheck.problems("APPROVE", null)).isEmpty();
    assertThat(MethodChangeApprovalCheck.problems("REFUSE", "理由不充分")).isEmpty();
    assertThat(MethodChangeApprovalCheck.problems("REFUSE", "")).hasSize(1);
    assertThat(MethodChangeApprovalCheck.problems("MAYBE", null)).hasSize(1);
    assertThat(MethodChangeApprovalCheck.problems(null, null)).hasSize(1);
  }

  @Test
  void theFirstRoundUsesThePlanNumberLaterRoundsAddTheRound() {
    assertThat(ProcurementNumbers.of("SZ-2026-0042", 1)).isEqualTo("SZ-2026-0042");
    assertThat(ProcurementNumbers.of(" SZ-2026-0042 ", 2)).isEqualTo("SZ-2026-0042-2");
    assertThatThrownBy(() -> ProcurementNumbers.of("SZ-2026-0042", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcurementNumbers.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** The completion checks of Task_ConfirmAttendance (attendanceCheck) and Task_ScoreBid (scoreCheck). */
class FormChecksTest {

  @Test
  void attendanceIsAcceptOrDeclineWithAReason() {
    assertThat(AttendanceCheck.problems("ACCEPT", null)).isEmpty();
    assertThat(AttendanceCheck.problems("DECLINE", "出差在外")).isEmpty();
    assertThat(AttendanceCheck.problems("DECLINE", "  ")).singleElement().asString().contains("declineReason");
    assertThat(AttendanceCheck.problems(null, null)).singleElement().asString().contains("ACCEPT or DECLINE");
    assertThat(AttendanceCheck.problems("MAYBE", null)).hasSize(1);
    assertThat(AttendanceCheck.problems("DECLINE", "因".repeat(300))).isEmpty();
    assertThat(AttendanceCheck.problems("DECLINE", "因".repeat(301))).singleElement().asString().contains("300");
  }

  @Test
  void aRefusedAttendanceIsAFormRejectionAndACancelledOneIsNotChecked() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("attendanceDecision")).thenReturn("DECLINE");
    assertThatThrownBy(() -> new AttendanceCheck().notify(execution))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不能出席时必须填写理由");
    when(execution.isCanceled()).thenReturn(true);
    new AttendanceCheck().notify(execution);
  }

  @Test
  void scoresAreNumbersFrom0To100WithAtMostTwoDecimals() {
    assertThat(ScoreCheck.problems(85, 70L, 90.25, "好")).isEmpty();
    assertThat(ScoreCheck.problems(0, 100, 99.99, null)).isEmpty();
    assertThat(ScoreCheck.problems("80.5", 70, 60, null)).as("a numeric String from the REST API").isEmpty();
    assertThat(ScoreCheck.problems(null, 70, 60, null)).singleElement().asString().contains("scoreProposal is required");
    assertThat(ScoreCheck.problems(80, 100.01, 60, null)).singleElement().asString().contains("scoreCapacity");
    assertThat(ScoreCheck.problems(80, 70, -1, null)).singleElement().asString().contains("scorePrice");
    assertThat(ScoreCheck.problems(80.125, 70, 60, null)).singleElement().asString().contains("2 decimals");
    assertThat(ScoreCheck.problems("八十", 70, 60, null)).singleElement().asString().contains("must be a number");
    assertThat(ScoreCheck.problems(Double.NaN, 70, 60, null)).hasSize(1);
    assertThat(ScoreCheck.problems(80, 70, 60, "意".repeat(500))).isEmpty();
    assertThat(ScoreCheck.problems(80, 70, 60, "意".repeat(501))).singleElement().asString().contains("500");
    assertThat(ScoreCheck.problems(null, null, null, null)).hasSize(3);
  }

  @Test
  void badScoresAreAFormRejection() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("scoreProposal")).thenReturn(120);
    when(execution.getVariable("scoreCapacity")).thenReturn(70);
    when(execution.getVariable("scorePrice")).thenReturn(60);
    assertThatThrownBy(() -> new ScoreCheck().notify(execution))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("0至100");
  }
}

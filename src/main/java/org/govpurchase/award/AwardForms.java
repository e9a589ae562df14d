package org.govpurchase.award;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * Read-only texts for the award forms, in BPMN expressions: {@code
 * ${awardForms.challengeSummary(challengeId)}}, {@code ${awardForms.awardSummary(procurementNo)}}.
 */
@Component("awardForms")
public class AwardForms {

  private final AwardService awards;

  AwardForms(AwardService awards) {
    this.awards = awards;
  }

  /** who challenged, when, and the text; a plain message when the id is missing or unknown */
  public String challengeSummary(Object challengeId) {
    Long id = AwardInputs.id(challengeId);
    if (id == null) {
      return "（质疑编号缺失）";
    }
    try {
      return awards.challengeSummary(id);
    } catch (NoSuchElementException e) {
      return "（质疑" + id + "不存在）";
    }
  }

  /**
   * The confirmation form's text (awardSummary): the award in force or, before award.publish
   * proposes one, the evaluation report's first ranked bid; a plain message when there is neither.
   */
  public String awardSummary(Object procurementNo) {
    try {
      return awards.proposedSummary(procurementNo == null ? null : procurementNo.toString());
    } catch (NoSuchElementException e) {
      return "（" + e.getMessage() + "）";
    }
  }
}

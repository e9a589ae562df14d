package org.govpurchase.award;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** Read-only texts for the award forms, in BPMN expressions: {@code ${awardForms.challengeSummary(challengeId)}}. */
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
}

package org.govpurchase.plan;

import java.util.Arrays;
import java.util.Optional;

/** 评标方法: how bids for the plan's service will be evaluated. The code is stored and is the form's value. */
public enum EvaluationMethod {
  COMPREHENSIVE_SCORING("综合评分法"),
  LOWEST_PRICE("最低评标价法");

  private final String label;

  EvaluationMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<EvaluationMethod> fromCode(Object code) {
    return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
  }
}

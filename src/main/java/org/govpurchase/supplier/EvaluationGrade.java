package org.govpurchase.supplier;

/** 社会组织评估等级: none, or 1A to 5A (5A the best). */
public enum EvaluationGrade {
  NONE("未评估"), A1("1A"), A2("2A"), A3("3A"), A4("4A"), A5("5A");

  private final String label;

  EvaluationGrade(String label) {
    this.label = label;
  }

  /** as people write it: 3A */
  public String label() {
    return label;
  }

  /** at least as good as {@code other} */
  public boolean atLeast(EvaluationGrade other) {
    return compareTo(other) >= 0;
  }
}

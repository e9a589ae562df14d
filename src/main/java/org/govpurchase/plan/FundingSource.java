package org.govpurchase.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * 资金来源: the three payment routes of DOMAIN.md §8 (seed, article 2, 八). The code is stored and
 * is the form's value; the payment stage reads it to choose who pays.
 */
public enum FundingSource {
  /** (1) the agency's own budget, paid by the agency under the contract */
  AGENCY_BUDGET("购买主体部门预算，由购买主体按合同支付"),
  /** (2) special funds the agency manages: the finance bureau reviews the contract and pays directly */
  FINANCE_DIRECT("部门管理的专项资金，财政部门审核合同后直接支付"),
  /** (3) a major project: source and amount fixed with the finance bureau before work starts */
  MAJOR_PROJECT_CONFIRMED("重大项目，事前报财政部门确定资金来源和金额");

  private final String label;

  FundingSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<FundingSource> fromCode(Object code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }
}

package org.govpurchase.supplier;

/** The seven conditions a supplier must meet (DOMAIN.md §4); the registration authority verifies each. */
public enum SupplierCondition {
  LEGALLY_ESTABLISHED("依法设立，具有独立承担民事责任的能力"),
  SOUND_GOVERNANCE("治理结构健全，内部管理和监督制度完善"),
  INDEPENDENT_FINANCE("具有独立、健全的财务管理、会计核算和资产管理制度"),
  PROFESSIONAL_CAPACITY("具备提供服务所必需的设施、人员和专业技术能力"),
  TAX_AND_SOCIAL_SECURITY("具有依法缴纳税收和社会保障资金的良好记录"),
  NO_MAJOR_VIOLATION_3Y("前三年内无重大违法记录，通过年检或按要求履行年度报告公示义务，信用状况良好"),
  OTHER_LEGAL_CONDITIONS("符合国家有关政事分开、政社分开、政企分开的要求及法律法规规定的其他条件");

  private final String description;

  SupplierCondition(String description) {
    this.description = description;
  }

  /** the condition in the words of the rules */
  public String description() {
    return description;
  }
}

package org.govpurchase.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of service a catalog item may be (DOMAIN.md §1, in scope), grouped as the seed's
 * article 2 groups them. The code is stored and used as the draft form's select value.
 */
public enum ServiceCategory {

  BASIC_EDUCATION(Group.BASIC_PUBLIC_SERVICE, "教育"),
  BASIC_HEALTH(Group.BASIC_PUBLIC_SERVICE, "医疗卫生"),
  BASIC_CULTURE(Group.BASIC_PUBLIC_SERVICE, "文化"),
  BASIC_SPORT(Group.BASIC_PUBLIC_SERVICE, "体育"),
  BASIC_PUBLIC_TRANSPORT(Group.BASIC_PUBLIC_SERVICE, "公共交通"),
  BASIC_HOUSING(Group.BASIC_PUBLIC_SERVICE, "住房保障"),
  BASIC_SOCIAL_SECURITY(Group.BASIC_PUBLIC_SERVICE, "社会保障"),
  BASIC_EMPLOYMENT(Group.BASIC_PUBLIC_SERVICE, "就业"),

  SOCIAL_COMMUNITY_AFFAIRS(Group.SOCIAL_AFFAIRS, "社区事务"),
  SOCIAL_ELDERLY_DISABILITY_CARE(Group.SOCIAL_AFFAIRS, "养老助残"),
  SOCIAL_ASSISTANCE(Group.SOCIAL_AFFAIRS, "社会救助"),
  SOCIAL_LEGAL_AID(Group.SOCIAL_AFFAIRS, "法律援助"),
  SOCIAL_WORK(Group.SOCIAL_AFFAIRS, "社工服务"),
  SOCIAL_WELFARE_CHARITY(Group.SOCIAL_AFFAIRS, "社会福利、慈善与公益"),
  SOCIAL_MEDIATION(Group.SOCIAL_AFFAIRS, "人民调解"),
  SOCIAL_COMMUNITY_CORRECTION(Group.SOCIAL_AFFAIRS, "社区矫正"),
  SOCIAL_RESETTLEMENT(Group.SOCIAL_AFFAIRS, "安置帮教"),
  SOCIAL_PUBLICITY_TRAINING(Group.SOCIAL_AFFAIRS, "宣传培训"),

  SECTOR_QUALIFICATION_RECOGNITION(Group.SECTOR_MANAGEMENT, "资格认定"),
  SECTOR_ADMISSION_REVIEW(Group.SECTOR_MANAGEMENT, "准入审查"),
  SECTOR_COMPLAINT_HANDLING(Group.SECTOR_MANAGEMENT, "投诉处理"),

  TECHNICAL_RESEARCH_STATISTICS(Group.TECHNICAL_SERVICE, "科研、行业规划、调查与统计"),
  TECHNICAL_AUDIT_APPRAISAL(Group.TECHNICAL_SERVICE, "审计与资产评估"),
  TECHNICAL_INSPECTION_TESTING(Group.TECHNICAL_SERVICE, "检验检测"),

  BUYER_LEGAL_SERVICES(Group.BUYER_OWN_NEEDS, "法律服务"),
  BUYER_RESEARCH_POLICY_DRAFTING(Group.BUYER_OWN_NEEDS, "课题研究与政策起草"),
  BUYER_DECISION_EVALUATION(Group.BUYER_OWN_NEEDS, "决策论证、监督与绩效评价"),
  BUYER_DOCUMENT_CONFERENCE(Group.BUYER_OWN_NEEDS, "文书与会议服务");

  /** The five groups of services that may be bought. */
  public enum Group {
    BASIC_PUBLIC_SERVICE("基本公共服务"),
    SOCIAL_AFFAIRS("社会事务服务"),
    SECTOR_MANAGEMENT("行业管理与协调服务"),
    TECHNICAL_SERVICE("技术性服务"),
    BUYER_OWN_NEEDS("政府履职所需辅助性服务");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Group group;
  private final String shortLabel;

  ServiceCategory(Group group, String shortLabel) {
    this.group = group;
    this.shortLabel = shortLabel;
  }

  public Group group() {
    return group;
  }

  /** e.g. {@code 社会事务服务·养老助残} */
  public String label() {
    return group.label() + "·" + shortLabel;
  }

  public static Optional<ServiceCategory> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }

  /** The options of the draft form's category select, in this order. */
  static List<FormOption> formOptions() {
    return Arrays.stream(values()).map(c -> new FormOption(c.label(), c.name())).toList();
  }
}

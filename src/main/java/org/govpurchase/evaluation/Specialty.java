package org.govpurchase.evaluation;

import java.util.Optional;
import org.apache.commons.lang3.EnumUtils;
import org.apache.commons.lang3.StringUtils;

/** An expert's field (专业); a purchase plan asks for the specialties its committee must cover. */
public enum Specialty {
  SOCIAL_WORK("社会工作"),
  FINANCE("财务"),
  LAW("法律"),
  ELDERLY_CARE("养老服务"),
  DISABILITY_SERVICES("助残服务"),
  CHILD_WELFARE("儿童福利"),
  EDUCATION("教育"),
  HEALTH("卫生健康"),
  CULTURE_SPORT("文化体育"),
  COMMUNITY_GOVERNANCE("社区治理"),
  MANAGEMENT("管理"),
  PSYCHOLOGY("心理咨询");

  private final String label;

  Specialty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Specialty> fromCode(String code) {
    return Optional.ofNullable(EnumUtils.getEnum(Specialty.class, StringUtils.trim(code)));
  }
}

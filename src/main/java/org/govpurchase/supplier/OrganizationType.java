package org.govpurchase.supplier;

/** What kind of organization a supplier is, as its registration says. */
public enum OrganizationType {
  /** 社会服务机构（民办非企业单位） */
  SOCIAL_SERVICE_ORGANIZATION("社会服务机构"),
  /** 社会团体 */
  SOCIAL_GROUP("社会团体"),
  /** 基金会 */
  FOUNDATION("基金会"),
  /** 事业单位 (not fully funded ones, which may supply services) */
  PUBLIC_INSTITUTION("事业单位"),
  /** 企业 */
  ENTERPRISE("企业"),
  OTHER("其他组织");

  private final String label;

  OrganizationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package org.govpurchase.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which purchasing agency (购买主体) an officer works for: the plan is that agency's, and the
 * draft form offers only the catalog items that cover it. One agency per user.
 */
@Entity
@Table(name = "purchasing_agency_member")
class AgencyMember {

  @Id
  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  protected AgencyMember() {
  }

  AgencyMember(String userId, String agencyCode) {
    this.userId = userId;
    this.agencyCode = agencyCode;
  }

  String getUserId() {
    return userId;
  }

  String getAgencyCode() {
    return agencyCode;
  }
}

package org.govpurchase.plan;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access for other features to who works for which purchasing agency (kept by the finance bureau). */
@Service
@Transactional(readOnly = true)
public class AgencyMembers {

  private final AgencyMemberRepository members;

  AgencyMembers(AgencyMemberRepository members) {
    this.members = members;
  }

  /** the purchasing agency the user works for, if any */
  public Optional<String> agencyOf(String userId) {
    return userId == null ? Optional.empty() : members.findById(userId).map(AgencyMember::getAgencyCode);
  }
}

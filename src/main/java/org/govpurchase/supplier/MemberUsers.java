package org.govpurchase.supplier;

import java.util.List;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.govpurchase.identity.Groups;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Who may become a supplier's member: an existing platform (engine) user, in no group but the
 * suppliers' (issue 11: every person in one role, so an officer, a finance user or an expert never
 * also acts for a bidder).
 */
@Component
@Profile("!workers") // the workers role has no engine, so no identity service
class MemberUsers {

  private final IdentityService identity;

  MemberUsers(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * @throws InvalidRequestException when there is no such user or the user is in another group
   */
  void requireSupplierUser(String userId) {
    String user = StringUtils.strip(userId);
    if (StringUtils.isEmpty(user)) {
      return; // the service refuses a missing or malformed id with its own message
    }
    if (identity.createUserQuery().userId(user).count() == 0) {
      throw new InvalidRequestException("平台上没有用户「" + user + "」：请先创建该用户，再将其设为承接主体成员");
    }
    List<String> others = identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .filter(group -> !Groups.SUPPLIER.equals(group))
        .toList();
    if (!others.isEmpty()) {
      throw new InvalidRequestException("用户「" + user + "」属于" + String.join("、", others)
          + "组，不能同时代表承接主体：一人只担任一种角色");
    }
  }
}

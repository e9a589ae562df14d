package org.govpurchase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.govpurchase.plan.AgencyMembers;
import org.govpurchase.supplier.SupplierService;
import org.govpurchase.testing.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every person in one role (issue 11): each demo user, as the demo profile leaves the engine, is in
 * exactly one group, and whoever another feature's demo data maps to an agency or a supplier is in
 * that side's group and no other.
 */
@ProcessTest
class DemoUsersTest {

  private static final Set<String> ROLES = Set.of(Groups.PURCHASING_AGENCY, Groups.FINANCE_BUREAU,
      Groups.GOVERNMENT_OFFICE, Groups.REGISTRATION_AUTHORITY, Groups.PROCUREMENT_AGENCY, Groups.EXPERT,
      Groups.THIRD_PARTY_EVALUATOR, Groups.SUPERVISION, Groups.SUPPLIER, Groups.WORKERS, Groups.AUDIT,
      // the demo's administrator (camunda.bpm.admin-user), in Camunda's admin group alone
      org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);

  @Autowired IdentityService identityService;
  @Autowired AgencyMembers agencyMembers;
  @Autowired SupplierService suppliers;

  @Test
  void everyDemoUserIsInExactlyOneGroup() {
    assertThat(DemoUsers.USERS).extracting(DemoUsers.DemoUser::id).doesNotHaveDuplicates();
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(groupsOf(demo.id())).as(demo.id()).containsExactly(demo.group());
    }
  }

  @Test
  void everyUserOfTheEngineIsInExactlyOneRoleAndOnlyItsOwnSideKnowsThem() {
    List<User> users = identityService.createUserQuery().list();
    assertThat(users).hasSizeGreaterThanOrEqualTo(DemoUsers.USERS.size());
    for (User user : users) {
      List<String> groups = groupsOf(user.getId());
      assertThat(groups).as("groups of %s", user.getId()).hasSize(1);
      assertThat(ROLES).as("role of %s", user.getId()).contains(groups.get(0));
      if (agencyMembers.agencyOf(user.getId()).isPresent()) {
        assertThat(groups).as("%s works for an agency", user.getId()).containsExactly(Groups.PURCHASING_AGENCY);
      }
      if (suppliers.organizationOf(user.getId()).isPresent()) {
        assertThat(groups).as("%s acts for a supplier", user.getId()).containsExactly(Groups.SUPPLIER);
      }
    }
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}

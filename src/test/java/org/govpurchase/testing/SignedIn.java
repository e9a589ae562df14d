package org.govpurchase.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Signs a user in to the engine as Tasklist and the REST API do: with the user's groups and with the
 * tenants (purchasing agencies) the user and those groups belong to, so the engine's tenant check
 * applies to the test's calls as it does to a real user's.
 */
public final class SignedIn {

  private SignedIn() {
  }

  /** signed in with these groups and those the user has (an officer: also the agency's officers') */
  public static void as(IdentityService identity, String user, List<String> groups) {
    Set<String> allGroups = new TreeSet<>(groups);
    identity.createGroupQuery().groupMember(user).list().forEach(group -> allGroups.add(group.getId()));
    Set<String> tenants = new TreeSet<>();
    identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).forEach(tenants::add);
    for (String group : allGroups) {
      identity.createTenantQuery().groupMember(group).list().stream().map(Tenant::getId).forEach(tenants::add);
    }
    identity.setAuthentication(user, List.copyOf(allGroups), List.copyOf(tenants));
  }
}

package org.govpurchase.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Signs a user in to the engine as Tasklist and the REST API do: with the groups and with the
 * tenants (purchasing agencies) the user and those groups belong to, so the engine's tenant check
 * applies to the test's calls as it does to a real user's.
 */
public final class SignedIn {

  private SignedIn() {
  }

  public static void as(IdentityService identity, String user, List<String> groups) {
    Set<String> tenants = new TreeSet<>();
    identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).forEach(tenants::add);
    for (String group : groups) {
      identity.createTenantQuery().groupMember(group).list().stream().map(Tenant::getId).forEach(tenants::add);
    }
    identity.setAuthentication(user, groups, List.copyOf(tenants));
  }
}

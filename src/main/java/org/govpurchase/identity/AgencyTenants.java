package org.govpurchase.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each purchasing agency is an engine tenant, with the agency's code as its id: a procurement and
 * everything it calls (tasks, external tasks, jobs, variables, history) live in its agency's tenant
 * ({@link AgencyTenantIdProvider}), and the engine shows and lets act on a tenant's rows only its
 * members. An agency's officers are user members of its tenant, and of no other; the groups that
 * work across agencies are group members of every tenant, so the engine still lets each of them do
 * only what its authorizations allow. City-level work (the catalog) has the tenant {@link #CITY}.
 *
 * <p>The register of who works for which agency is the plan feature's (the finance bureau keeps
 * it); this class mirrors it into the engine in the same transaction, and at every start.
 */
@Service
@Profile("!workers")
@Transactional
public class AgencyTenants {

  /** the tenant of the finance bureau's city-level processes, which belong to no agency */
  public static final String CITY = "city";
  /** the start variable by which our own code names the agency of an instance it starts */
  public static final String VAR_AGENCY_CODE = "agencyCode";
  static final String CITY_NAME = "本级（财政部门）";

  /** groups that are members of every tenant: the overseers and those who serve every agency */
  static final List<String> ACROSS_AGENCIES = List.of(Groups.FINANCE_BUREAU, Groups.GOVERNMENT_OFFICE,
      Groups.SUPERVISION, Groups.AUDIT, Groups.EXPERT, Groups.REGISTRATION_AUTHORITY, Groups.PROCUREMENT_AGENCY,
      Groups.THIRD_PARTY_EVALUATOR, Groups.WORKERS);

  private final IdentityService identity;

  AgencyTenants(IdentityService identity) {
    this.identity = identity;
  }

  /** The agency's tenant exists under its current name, with every cross-agency group in it. */
  public void ensureAgency(String code, String name) {
    Tenant tenant = identity.createTenantQuery().tenantId(code).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(code);
    }
    if (!name.equals(tenant.getName())) {
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
    Set<String> members = identity.createGroupQuery().memberOfTenant(code).list().stream()
        .map(group -> group.getId()).collect(Collectors.toSet());
    ACROSS_AGENCIES.stream().filter(group -> !members.contains(group))
        .forEach(group -> identity.createTenantGroupMembership(code, group));
  }

  /** The user works for this agency: a member of its tenant and of no other agency's. */
  public void join(String userId, String code) {
    agencyOf(userId).filter(current -> !current.equals(code))
        .ifPresent(current -> identity.deleteTenantUserMembership(current, userId));
    if (agencyOf(userId).isEmpty()) {
      identity.createTenantUserMembership(code, userId);
    }
  }

  /** The user no longer works for this agency. */
  public void leave(String userId, String code) {
    if (agencyOf(userId).filter(code::equals).isPresent()) {
      identity.deleteTenantUserMembership(code, userId);
    }
  }

  /**
   * Every agency tenant's user members become exactly the officers the register names for it (the
   * register wins over an edit in Admin); the city's tenant has no user members.
   */
  public void reconcile(Map<String, Set<String>> officersByAgency) {
    for (Tenant tenant : identity.createTenantQuery().list()) {
      Set<String> officers = officersByAgency.getOrDefault(tenant.getId(), Set.of());
      Set<String> current = identity.createUserQuery().memberOfTenant(tenant.getId()).list().stream()
          .map(user -> user.getId()).collect(Collectors.toSet());
      current.stream().filter(user -> !officers.contains(user))
          .forEach(user -> identity.deleteTenantUserMembership(tenant.getId(), user));
      officers.stream().filter(user -> !current.contains(user))
          .filter(user -> identity.createUserQuery().userId(user).count() > 0) // a stale row names no user
          .forEach(user -> join(user, tenant.getId()));
    }
  }

  /** the agency tenant the user is a direct member of, if any (cross-agency groups join by group) */
  @Transactional(readOnly = true)
  public Optional<String> agencyOf(String userId) {
    return identity.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId).filter(id -> !CITY.equals(id)).findFirst();
  }

  void ensureCity() {
    ensureAgency(CITY, CITY_NAME);
  }
}

package org.govpurchase.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each purchasing agency is an engine tenant, with the agency's code as its id: a procurement and
 * everything it calls (tasks, external tasks, jobs, variables, history) live in its agency's tenant
 * ({@link AgencyTenantIdProvider}), and the engine shows and lets act on a tenant's rows only its
 * members. An agency's officers are user members of its tenant, and of no other, and members of its
 * officers' group, the candidate group of its tasks ({@link #officersGroup}); the groups that work
 * across agencies are group members of every tenant, so the engine still lets each of them do only
 * what its authorizations allow. City-level work (the catalog) has the tenant {@link #CITY}.
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
  static final String OFFICERS_PREFIX = "agency-";
  static final String OFFICERS = "（工作人员）";

  /** groups that are members of every tenant: the overseers and those who serve every agency */
  static final List<String> ACROSS_AGENCIES = List.of(Groups.FINANCE_BUREAU, Groups.GOVERNMENT_OFFICE,
      Groups.SUPERVISION, Groups.AUDIT, Groups.EXPERT, Groups.REGISTRATION_AUTHORITY, Groups.PROCUREMENT_AGENCY,
      Groups.THIRD_PARTY_EVALUATOR, Groups.WORKERS);

  private final IdentityService identity;

  AgencyTenants(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * The agency's tenant and its officers' group exist under its current name, with every
   * cross-agency group in the tenant.
   */
  public void ensureAgency(String code, String name) {
    ensureTenant(code, name);
    String group = officersGroup(code);
    Group officers = identity.createGroupQuery().groupId(group).singleResult();
    if (officers == null) {
      officers = identity.newGroup(group);
      officers.setType("WORKFLOW");
    }
    if (!(name + OFFICERS).equals(officers.getName())) {
      officers.setName(name + OFFICERS);
      identity.saveGroup(officers);
    }
  }

  /**
   * The candidate group of an agency's tasks: its own officers. Every officer of every agency is in
   * {@value Groups#PURCHASING_AGENCY} (the role: what they may start and read), but the engine grants
   * a task to its candidate group, and a task query joins every grant of the user's groups: a group
   * per agency keeps that join to the agency's own tasks (README, "Each agency sees its own").
   */
  public static String officersGroup(String agencyCode) {
    return OFFICERS_PREFIX + agencyCode;
  }

  /** The user works for this agency: in its tenant and officers' group, and in no other agency's. */
  public void join(String userId, String code) {
    Optional<String> current = agencyOf(userId);
    if (current.filter(code::equals).isEmpty()) {
      current.ifPresent(other -> leave(userId, other));
      identity.createTenantUserMembership(code, userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(officersGroup(code)).count() == 0) {
      identity.createMembership(userId, officersGroup(code));
    }
  }

  /** The user no longer works for this agency. */
  public void leave(String userId, String code) {
    if (agencyOf(userId).filter(code::equals).isPresent()) {
      identity.deleteTenantUserMembership(code, userId);
    }
    identity.deleteMembership(userId, officersGroup(code));
  }

  /**
   * Every agency's tenant and officers' group hold exactly the officers the register names for it
   * (the register wins over an edit in Admin); the city's tenant has no user members.
   */
  public void reconcile(Map<String, Set<String>> officersByAgency) {
    for (Tenant tenant : identity.createTenantQuery().list()) {
      String code = tenant.getId();
      Set<String> officers = officersByAgency.getOrDefault(code, Set.of());
      Set<String> current = new HashSet<>();
      identity.createUserQuery().memberOfTenant(code).list().forEach(user -> current.add(user.getId()));
      identity.createUserQuery().memberOfGroup(officersGroup(code)).list().forEach(user -> current.add(user.getId()));
      current.stream().filter(user -> !officers.contains(user)).forEach(user -> leave(user, code));
      officers.stream()
          .filter(user -> identity.createUserQuery().userId(user).count() > 0) // a stale row names no user
          .forEach(user -> join(user, code));
    }
  }

  /** the agency tenant the user is a direct member of, if any (cross-agency groups join by group) */
  @Transactional(readOnly = true)
  public Optional<String> agencyOf(String userId) {
    return identity.createTenantQuery().userMember(userId).list().stream()
        .map(Tenant::getId).filter(id -> !CITY.equals(id)).findFirst();
  }

  void ensureCity() {
    ensureTenant(CITY, CITY_NAME);
  }

  private void ensureTenant(String code, String name) {
    Tenant tenant = identity.createTenantQuery().tenantId(code).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(code);
    }
    if (!name.equals(tenant.getName())) {
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
    Set<String> members = identity.createGroupQuery().memberOfTenant(code).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    ACROSS_AGENCIES.stream().filter(group -> !members.contains(group))
        .forEach(group -> identity.createTenantGroupMembership(code, group));
  }
}

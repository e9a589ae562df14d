package org.govpurchase.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups of DOMAIN.md and exactly what each may do in the engine, applied at every start of
 * an engine node (idempotent). Task access itself comes from candidate groups: the engine grants
 * a task's candidate group READ and TASK_WORK on that task when it is created.
 */
@Component
@Profile("!workers")
class GroupAuthorizations {

  private static final Logger LOG = LoggerFactory.getLogger(GroupAuthorizations.class);
  private static final String ANY = Authorization.ANY;

  /** One grant: a group may do these things to this resource. */
  record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
  }

  static final List<String> HUMAN_GROUPS = List.of(
      Groups.PURCHASING_AGENCY, Groups.FINANCE_BUREAU, Groups.GOVERNMENT_OFFICE,
      Groups.REGISTRATION_AUTHORITY, Groups.PROCUREMENT_AGENCY, Groups.EXPERT,
      Groups.THIRD_PARTY_EVALUATOR, Groups.SUPERVISION, Groups.SUPPLIER, Groups.AUDIT);

  static final List<String> GROUP_NAMES = List.of(
      "购买主体", "财政部门", "同级人民政府", "社会组织登记管理机关", "采购代理机构",
      "评审专家", "第三方评估机构", "监察机关", "承接主体", "审计机关");

  static List<Grant> grants(List<ProcessAccess> processes) {
    var grants = new java.util.ArrayList<Grant>();
    for (String group : HUMAN_GROUPS) {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
      grants.add(new Grant(group, Resources.FILTER, ANY, Permissions.READ));
    }
    for (ProcessAccess access : processes) {
      grantProcess(grants, access);
    }
    // the overseers read every instance, task and history in Cockpit and Tasklist; which agencies'
    // they see is their tenants' business (AgencyTenants): all of them. They act on their own tasks
    // only, through their candidate groups; audit has none, so it changes nothing.
    for (String group : Groups.OVERSEERS) {
      grants.add(new Grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK));
      grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
      grants.add(new Grant(group, Resources.TASK, ANY, Permissions.READ));
      grants.add(new Grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ));
      grants.add(new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
    }
    // the workers' technical user: fetch, lock and complete external tasks, nothing else
    grants.add(new Grant(Groups.WORKERS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE));
    return grants;
  }

  /** Starters create instances and follow them; followers read instances and their history. */
  private static void grantProcess(List<Grant> grants, ProcessAccess access) {
    for (String group : access.starters()) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, access.processKey(), Permissions.READ,
          Permissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
      grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
    }
    for (String group : access.followers()) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, access.processKey(), Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    }
  }

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<ProcessAccess> processes;
  private final AgencyTenants tenants;

  GroupAuthorizations(IdentityService identityService, AuthorizationService authorizationService,
      List<ProcessAccess> processes, AgencyTenants tenants) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.processes = processes;
    this.tenants = tenants;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1) // before the workers' subscriptions open on the same event
  @Transactional
  public void run() {
    for (int i = 0; i < HUMAN_GROUPS.size(); i++) {
      ensureGroup(HUMAN_GROUPS.get(i), GROUP_NAMES.get(i), "WORKFLOW");
    }
    ensureGroup(Groups.WORKERS, "外部任务执行器", "SYSTEM");
    grants(processes).forEach(this::ensure);
    tenants.ensureCity();
    LOG.info("Authorizations of {} groups and the city's tenant are in place", HUMAN_GROUPS.size() + 1);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensure(Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.group())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
        .findFirst()
        .orElseGet(() -> newGrant(grant));
    Arrays.stream(grant.permissions()).forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }

  private Authorization newGrant(Grant grant) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.group());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }
}

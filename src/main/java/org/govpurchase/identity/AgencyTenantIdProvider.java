package org.govpurchase.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.govpurchase.engine.FormRejection;

/**
 * Puts every process instance into a tenant, never none (a row without a tenant is visible to
 * everyone):
 * <ol>
 *   <li>a called process into its caller's: the engine does not do this by itself;</li>
 *   <li>a city-level process (its feature says so in its {@link ProcessAccess}) into {@link AgencyTenants#CITY};</li>
 *   <li>a procurement started by an agency's officer into that agency's, whatever the request says;</li>
 *   <li>one started by a cross-agency user into the agency named by the start variable
 *       {@value AgencyTenants#VAR_AGENCY_CODE}, if the user belongs to its tenant;</li>
 *   <li>one started by our own code without an engine user (the supplier's API) into the agency that
 *       code names in {@value AgencyTenants#VAR_AGENCY_CODE}, once it has checked the caller itself.</li>
 * </ol>
 * Anything else is refused: 400 with the reason, and no instance.
 */
class AgencyTenantIdProvider implements TenantIdProvider {

  private final Set<String> cityLevelProcesses;

  AgencyTenantIdProvider(List<ProcessAccess> processes) {
    this.cityLevelProcesses = processes.stream().filter(ProcessAccess::cityLevel)
        .map(ProcessAccess::processKey).collect(Collectors.toSet());
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller != null) {
      return Objects.requireNonNull(caller.getTenantId(), "a caller without a tenant");
    }
    if (cityLevelProcesses.contains(ctx.getProcessDefinition().getKey())) {
      return AgencyTenants.CITY;
    }
    Object named = ctx.getVariables().get(AgencyTenants.VAR_AGENCY_CODE);
    String requested = named instanceof String code && !code.isBlank() ? code : null;
    Authentication user = Context.getCommandContext().getAuthentication();
    if (user == null || user.getUserId() == null) {
      return requireAgency(requested, "未指明购买主体，不能发起");
    }
    String own = directTenantOf(user.getUserId());
    if (own != null) {
      if (requested != null && !requested.equals(own)) {
        throw refusal("只能为本单位（" + own + "）发起，不能为购买主体「" + requested + "」发起");
      }
      return own;
    }
    if (requested != null && tenantsOf(user.getUserId()).contains(requested)) {
      return requireAgency(requested, "");
    }
    throw refusal("用户「" + user.getUserId() + "」不是任何购买主体的工作人员，不能发起；请财政部门先将其登记为购买主体人员");
  }

  /** Case instances are not used; a decision evaluated by a process is in the process's tenant. */
  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    throw refusal("本平台不使用CMMN案例");
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : AgencyTenants.CITY;
  }

  private static String requireAgency(String code, String whenMissing) {
    if (code == null) {
      throw refusal(whenMissing);
    }
    if (AgencyTenants.CITY.equals(code) || Context.getCommandContext().getReadOnlyIdentityProvider()
        .createTenantQuery().tenantId(code).count() == 0) {
      throw refusal("购买主体「" + code + "」不存在");
    }
    return code;
  }

  private static String directTenantOf(String userId) {
    return Context.getCommandContext().getReadOnlyIdentityProvider().createTenantQuery().userMember(userId)
        .list().stream().map(Tenant::getId).filter(id -> !AgencyTenants.CITY.equals(id)).findFirst().orElse(null);
  }

  private static Set<String> tenantsOf(String userId) {
    return Context.getCommandContext().getReadOnlyIdentityProvider().createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).collect(Collectors.toSet());
  }

  private static RuntimeException refusal(String why) {
    return FormRejection.of(List.of(why));
  }
}

package org.govpurchase.identity;

import java.util.Set;

/**
 * Which groups may start a feature's process (in Tasklist) and which follow its instances (in
 * Cockpit and history), and whether its instances belong to a purchasing agency or to the city.
 * Each feature declares its own processes as {@code ProcessAccess} beans; {@link GroupAuthorizations}
 * grants them at start and {@link AgencyTenantIdProvider} places their instances, so identity knows
 * no feature's process key.
 *
 * @param processKey the BPMN process id
 * @param starters groups that start instances (they also follow them)
 * @param followers groups that only read instances and their history
 * @param cityLevel instances belong to no agency (tenant {@link AgencyTenants#CITY}), e.g. the catalog
 */
public record ProcessAccess(String processKey, Set<String> starters, Set<String> followers, boolean cityLevel) {

  public static ProcessAccess startedBy(String processKey, Set<String> starters, Set<String> followers) {
    return new ProcessAccess(processKey, starters, followers, false);
  }

  public static ProcessAccess followedBy(String processKey, String... followers) {
    return new ProcessAccess(processKey, Set.of(), Set.of(followers), false);
  }

  /** a process of the finance bureau's for the whole city, in no agency's tenant */
  public static ProcessAccess cityLevel(String processKey, Set<String> starters, Set<String> followers) {
    return new ProcessAccess(processKey, starters, followers, true);
  }
}

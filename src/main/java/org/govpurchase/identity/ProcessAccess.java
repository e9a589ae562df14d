package org.govpurchase.identity;

import java.util.Set;

/**
 * Which groups may start a feature's process (in Tasklist) and which follow its instances (in
 * Cockpit and history). Each feature declares its own processes as {@code ProcessAccess} beans;
 * {@link GroupAuthorizations} grants them at start, so identity knows no feature's process key.
 *
 * @param processKey the BPMN process id
 * @param starters groups that start instances (they also follow them)
 * @param followers groups that only read instances and their history
 */
public record ProcessAccess(String processKey, Set<String> starters, Set<String> followers) {

  public static ProcessAccess startedBy(String processKey, Set<String> starters, Set<String> followers) {
    return new ProcessAccess(processKey, starters, followers);
  }

  public static ProcessAccess followedBy(String processKey, String... followers) {
    return new ProcessAccess(processKey, Set.of(), Set.of(followers));
  }
}

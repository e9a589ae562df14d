package org.govpurchase.testing;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.govpurchase.identity.Groups;

/**
 * Completes a task in a process test as the person whose task it is: its assignee (an expert), or
 * the demo user of its candidate group, signed in with that one group only. No test user sits in
 * two groups, so what a task records as its decider is someone of the right role (issue 11).
 */
public final class TaskUsers {

  /** one demo user per group, as identity.DemoUsers has them */
  public static final Map<String, String> USER_OF_GROUP = Map.of(
      Groups.PURCHASING_AGENCY, "agency",
      Groups.PROCUREMENT_AGENCY, "procagent",
      Groups.FINANCE_BUREAU, "finance",
      Groups.GOVERNMENT_OFFICE, "govoffice",
      Groups.REGISTRATION_AUTHORITY, "registrar",
      Groups.SUPERVISION, "supervisor");

  private TaskUsers() {
  }

  /** the user who completes the task: its assignee (an expert) or its candidate group's user */
  public static String userOf(ProcessEngine engine, Task task) {
    return task.getAssignee() != null ? task.getAssignee() : USER_OF_GROUP.get(groupOf(engine, task));
  }

  public static void complete(ProcessEngine engine, Task task, Map<String, Object> variables) {
    String group = task.getAssignee() != null ? Groups.EXPERT : groupOf(engine, task);
    // with the tenants (agencies) of the user and the group, as Tasklist signs them in
    SignedIn.as(engine.getIdentityService(), userOf(engine, task), List.of(group));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static String groupOf(ProcessEngine engine, Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("task " + task.getTaskDefinitionKey() + " has no candidate group"));
  }
}

package org.govpurchase.identity;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer starts with: tasks of my groups, tasks assigned to me, and
 * every task I may read (an officer: their agency's group tasks; an overseer: every agency's, to
 * read, not to work on).
 * Created once (looked up by name); all groups may read them (see {@link GroupAuthorizations}).
 */
@Component
@Profile("!workers")
class TasklistFilters {

  static final String GROUP_TASKS = "本组待办";
  static final String MY_TASKS = "我的任务";
  static final String ALL_TASKS = "全部可见任务";

  private final FilterService filterService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2) // before the workers' subscriptions open on the same event
  public void run() {
    ensure(GROUP_TASKS, -10, taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .orderByDueDate().asc());
    ensure(MY_TASKS, -5, taskService.createTaskQuery()
        .taskAssigneeExpression("${currentUser()}")
        .orderByDueDate().asc());
    ensure(ALL_TASKS, 0, taskService.createTaskQuery().orderByDueDate().asc());
  }

  private void ensure(String name, int priority, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    var filter = filterService.newTaskFilter(name);
    filter.setOwner("admin");
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "refresh", true,
        "description", name + "(按到期日排序)"));
    filterService.saveFilter(filter);
  }
}

package org.govpurchase.supervision;

import static org.govpurchase.supervision.SupervisionProcess.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.Validate;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.govpurchase.calendar.WorkingDays;
import org.springframework.stereotype.Component;
import org.govpurchase.calendar.BeijingTime;

/**
 * Finds, when a Supervision starts, what is late in the process that called it: the start listener
 * {@code ${lateSteps.describe(execution)}} of processes/supervision.bpmn. The caller passes only the
 * id of the late step; who is late, since when, the due date and the working days late are read
 * here from the caller's state, so that no model copies them into its call activity.
 *
 * <p>Public because JUEL calls {@link #describe} by reflection.
 */
@Component("lateSteps")
public class LateSteps {

  /** The register's column; a multi-instance step with many late experts is abbreviated. */
  static final int MAX_LATE_PARTY = 200;
  static final String UNKNOWN_PARTY = "（未查明）";
  /** The form shows times as users in Shenzhen read them, whatever the server's or browser's zone. */

  private final Clock clock;
  private final WorkingDays workingDays;

  LateSteps(Clock clock, WorkingDays workingDays) {
    this.clock = clock;
    this.workingDays = workingDays;
  }

  /** Sets the variables of {@link SupervisionProcess} that describe the late step on the new instance. */
  public void describe(DelegateExecution supervision) {
    DelegateExecution caller = supervision.getSuperExecution();
    Validate.validState(caller != null,
        "督办流程只能由逾期环节的调用活动启动 / a Supervision is started only by an overdue step's call activity");
    String overdueActivity = StringUtils.trimToNull((String) supervision.getVariable(VAR_OVERDUE_ACTIVITY));
    Validate.validState(overdueActivity != null,
        "调用活动须传入逾期环节 overdueActivity / the call activity must pass overdueActivity");
    Date now = Date.from(clock.instant());

    FlowElement step = caller.getBpmnModelInstance().getModelElementById(overdueActivity);
    List<ActivityInstance> late = lateInstances(caller, overdueActivity);
    List<Task> tasks = activeTasks(caller.getProcessEngineServices(), late);
    Date dueDate = tasks.stream().map(Task::getDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(now);

    supervision.setVariable(VAR_OVERDUE_ACTIVITY, overdueActivity);
    supervision.setVariable(VAR_OVERDUE_STEP, step == null || step.getName() == null ? overdueActivity : step.getName());
    supervision.setVariable(VAR_OVERDUE_PROCESS_KEY, processKey(step, caller));
    supervision.setVariable(VAR_OVERDUE_PROCESS_INSTANCE_ID, caller.getProcessInstanceId());
    ProcessEngineServices engine = caller.getProcessEngineServices();
    List<Party> parties = lateParties(engine, tasks, step, caller);
    Date since = lateSince(engine, tasks, late);
    int daysLate = workingDaysLate(workingDays, dueDate, now);
    supervision.setVariable(VAR_LATE_PARTY, joined(parties.stream().map(Party::id).toList()));
    supervision.setVariable(VAR_LATE_SINCE, since);
    supervision.setVariable(VAR_DUE_DATE, dueDate);
    supervision.setVariable(VAR_WORKING_DAYS_LATE, daysLate);
    // the form's text: form-js shows a Date variable as a raw ISO string and a group by its id
    supervision.setVariable(VAR_LATE_PARTY_TEXT, joined(parties.stream().map(p -> p.shown(engine)).toList()));
    supervision.setVariable(VAR_LATE_SINCE_TEXT, since == null ? UNKNOWN_PARTY : BeijingTime.shownToMinute(since.toInstant()));
    supervision.setVariable(VAR_DUE_DATE_TEXT, BeijingTime.shownToMinute(dueDate.toInstant()));
    supervision.setVariable(VAR_WORKING_DAYS_LATE_TEXT, workingDaysLateText(daysLate));
    Object procurementNo = caller.getVariable(VAR_PROCUREMENT_NO);
    supervision.setVariable(VAR_PROCUREMENT_NO, procurementNo == null ? null : procurementNo.toString());
  }

  /**
   * Working days after the day of the due date up to and including the day of {@code now}: 0 on
   * the due day itself (a timer fires at its end), 1 on the next working day. The Supervision start
   * and the register's worker count alike.
   */
  static int workingDaysLate(WorkingDays workingDays, Date dueDate, Date now) {
    return Math.max(0, workingDays.workingDaysBetween(dueDate, now));
  }

  /**
   * The active instances of the late step nearest to the call activity: in a multi-instance scope
   * (one sub-process per bid) only the instance in the call activity's own scope chain is late; a
   * timer on a multi-instance task's body makes every inner instance late.
   */
  private static List<ActivityInstance> lateInstances(DelegateExecution caller, String overdueActivity) {
    ActivityInstance tree = caller.getProcessEngineServices().getRuntimeService()
        .getActivityInstance(caller.getProcessInstanceId());
    if (tree == null) {
      return List.of();
    }
    Map<String, ActivityInstance> byId = new HashMap<>();
    index(tree, byId);
    List<String> callerChain = chain(byId,
        byId.containsKey(caller.getActivityInstanceId()) ? caller.getActivityInstanceId() : caller.getParentActivityInstanceId());
    List<ActivityInstance> nearest = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (ActivityInstance candidate : tree.getActivityInstances(overdueActivity)) {
      int distance = firstShared(chain(byId, candidate.getId()), callerChain);
      if (distance < best) {
        best = distance;
        nearest.clear();
      }
      if (distance == best) {
        nearest.add(candidate);
      }
    }
    return nearest;
  }

  private static void index(ActivityInstance instance, Map<String, ActivityInstance> byId) {
    byId.put(instance.getId(), instance);
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      index(child, byId);
    }
  }

  /** The ids from an activity instance up to the process instance. */
  private static List<String> chain(Map<String, ActivityInstance> byId, String activityInstanceId) {
    List<String> ids = new ArrayList<>();
    for (ActivityInstance at = byId.get(activityInstanceId); at != null; at = byId.get(at.getParentActivityInstanceId())) {
      ids.add(at.getId());
    }
    return ids;
  }

  /** How far up the caller's chain the candidate's chain joins it (0: in the same scope). */
  private static int firstShared(List<String> candidateChain, List<String> callerChain) {
    for (String id : candidateChain) {
      int at = callerChain.indexOf(id);
      if (at >= 0) {
        return at;
      }
    }
    return Integer.MAX_VALUE - 1;
  }

  /** The late step's user tasks: itself, or those active inside a late sub-process. */
  private static List<Task> activeTasks(ProcessEngineServices engine, List<ActivityInstance> late) {
    String[] ids = late.stream().flatMap(LateSteps::selfAndDescendants).map(ActivityInstance::getId)
        .toArray(String[]::new);
    if (ids.length == 0) {
      return List.of();
    }
    return engine.getTaskService().createTaskQuery().activityInstanceIdIn(ids).orderByTaskCreateTime().asc().list();
  }

  private static Stream<ActivityInstance> selfAndDescendants(ActivityInstance instance) {
    return Stream.concat(Stream.of(instance),
        Arrays.stream(instance.getChildActivityInstances()).flatMap(LateSteps::selfAndDescendants));
  }

  /** Each late task's assignee, else its candidate groups (and users); without tasks the responsible group. */
  private static List<Party> lateParties(ProcessEngineServices engine, List<Task> tasks, FlowElement step,
      DelegateExecution caller) {
    Set<Party> parties = new LinkedHashSet<>();
    for (Task task : tasks) {
      if (task.getAssignee() != null) {
        parties.add(new Party(task.getAssignee(), false));
        continue;
      }
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          parties.add(link.getGroupId() != null ? new Party(link.getGroupId(), true) : new Party(link.getUserId(), false));
        }
      }
    }
    if (parties.isEmpty()) {
      String responsible = responsibleGroup(step);
      return responsible != null ? List.of(new Party(responsible, true)) : modelledCandidates(step, caller);
    }
    return List.copyOf(parties);
  }

  private static String joined(List<String> parties) {
    return parties.isEmpty() ? UNKNOWN_PARTY : StringUtils.abbreviate(String.join("、", parties), "…", MAX_LATE_PARTY);
  }

  static String workingDaysLateText(int daysLate) {
    return daysLate == 0 ? "办理期限刚届满，不足1个工作日" : daysLate + "个工作日";
  }

  /** A late user or group, shown by its name in the identity service when it has one. */
  private record Party(String id, boolean group) {

    String shown(ProcessEngineServices engine) {
      if (group) {
        Group found = engine.getIdentityService().createGroupQuery().groupId(id).singleResult();
        return found == null || StringUtils.isBlank(found.getName()) ? id : found.getName();
      }
      User found = engine.getIdentityService().createUserQuery().userId(id).singleResult();
      String name = found == null ? null
          : StringUtils.trimToNull(StringUtils.trimToEmpty(found.getFirstName()) + " " + StringUtils.trimToEmpty(found.getLastName()));
      return name == null ? id : name + "（" + id + "）";
    }
  }

  /**
   * A user task already ended by an interrupting timer (a lapse) has no task left: its candidate
   * groups as the model names them, an expression (the agency's officers) evaluated where the step
   * ran, e.g. in its procurement's tenant.
   */
  private static List<Party> modelledCandidates(FlowElement step, DelegateExecution caller) {
    if (!(step instanceof UserTask task)) {
      return List.of();
    }
    ExpressionManager expressions = Context.getProcessEngineConfiguration().getExpressionManager();
    List<Party> parties = new ArrayList<>();
    for (String group : task.getCamundaCandidateGroupsList()) {
      Object value = group.contains("{") ? expressions.createExpression(group).getValue(caller) : group;
      if (value instanceof String id && !id.isBlank()) {
        parties.add(new Party(id, true));
      }
    }
    return parties;
  }

  private static String responsibleGroup(FlowElement step) {
    if (step == null || step.getExtensionElements() == null) {
      return null;
    }
    return step.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> PROPERTY_RESPONSIBLE_GROUP.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }

  /** The earliest late task's creation; for a step without tasks the start of its activity instance. */
  private static Date lateSince(ProcessEngineServices engine, List<Task> tasks, List<ActivityInstance> late) {
    if (!tasks.isEmpty()) {
      return tasks.get(0).getCreateTime();
    }
    if (late.isEmpty()) {
      return null;
    }
    // the runtime tree has no start times; the history has them (history level activity or above)
    return late.stream()
        .map(instance -> engine.getHistoryService().createHistoricActivityInstanceQuery()
            .activityInstanceId(instance.getId()).singleResult())
        .filter(Objects::nonNull).map(HistoricActivityInstance::getStartTime)
        .min(Comparator.naturalOrder()).orElse(null);
  }

  /** The key of the process whose model holds the late step (the caller's). */
  private static String processKey(BaseElement step, DelegateExecution caller) {
    for (ModelElementInstance at = step; at != null; at = at.getParentElement()) {
      if (at instanceof Process process) {
        return process.getId();
      }
    }
    return caller.getBpmnModelInstance().getModelElementsByType(Process.class).iterator().next().getId();
  }
}

package org.govpurchase.identity;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Adding a comment needs what the engine already asks for changing or deleting one: to work on the
 * task (TASK_WORK, in a tenant of the user's), or to update the process instance. Camunda 7's
 * {@link AddCommentCmd} checks neither authorization nor tenant, so without this the read-only
 * auditor, or an overseer, could write into any procurement's task (Tasklist's "add comment", POST
 * /engine-rest/task/{id}/comment/create), and a Java caller signed in as an officer into another
 * agency's. Runs inside the command's context, so the engine's own checkers decide.
 */
class CommentsNeedWork extends CommandInterceptor {

  private static final Field TASK_ID = field("taskId");
  private static final Field PROCESS_INSTANCE_ID = field("processInstanceId");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AddCommentCmd comment) {
      check(Context.getCommandContext(), read(TASK_ID, comment), read(PROCESS_INSTANCE_ID, comment));
    }
    return next.execute(command);
  }

  private static void check(CommandContext context, String taskId, String processInstanceId) {
    if (taskId != null) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null) { // an unknown task: the command itself says so
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkTaskWork(task);
        }
      }
    }
    if (processInstanceId != null) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateProcessInstanceById(processInstanceId);
      }
    }
  }

  /** the command keeps its ids in protected fields and has no getters */
  private static Field field(String name) {
    try {
      Field field = AddCommentCmd.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's AddCommentCmd has no " + name + " any more: check CommentsNeedWork", e);
    }
  }

  private static String read(Field field, AddCommentCmd command) {
    try {
      return (String) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.govpurchase.worker;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A technical fault of a worker (database down, a bug): {@code handleFailure} with retries and
 * back-off, so the engine hands the task out again later and raises an incident in Cockpit when
 * the retries are used up. Business outcomes are BPMN errors instead, never failures.
 *
 * <p>The first failure sets {@value #RETRIES} retries; each later one uses one up. The back-off
 * doubles from {@value #FIRST_BACKOFF_MILLIS} ms: 10 s, 20 s, 40 s, then the incident.
 */
public final class TaskFailures {

  public static final int RETRIES = 3;
  public static final long FIRST_BACKOFF_MILLIS = 10_000;
  static final int MAX_MESSAGE = 500;
  static final int MAX_DETAILS = 4_000;

  private static final Logger LOG = LoggerFactory.getLogger(TaskFailures.class);

  private TaskFailures() {
  }

  /** Reports the fault to the engine: exactly one {@code handleFailure} call. */
  public static void handle(ExternalTask task, ExternalTaskService service, Exception fault) {
    int retries = retriesLeft(task);
    long backoff = backoffMillis(retries);
    LOG.warn("External task {} ({}) of process instance {} failed, {} retries left: {}",
        task.getId(), task.getTopicName(), task.getProcessInstanceId(), retries, message(fault), fault);
    service.handleFailure(task, message(fault), details(fault), retries, backoff);
  }

  /** retries left after this failure: {@value #RETRIES} the first time, then one less each time */
  static int retriesLeft(ExternalTask task) {
    Integer retries = task.getRetries();
    return retries == null ? RETRIES : Math.max(0, retries - 1);
  }

  /** 10 s after the first failure, doubling each time */
  static long backoffMillis(int retriesLeft) {
    int failuresBefore = Math.min(20, Math.max(0, RETRIES - retriesLeft));
    return FIRST_BACKOFF_MILLIS << failuresBefore;
  }

  /** one line for Cockpit's incident list: the exception and its root cause, no stack */
  static String message(Exception fault) {
    String message = StringUtils.defaultIfBlank(fault.getMessage(), fault.getClass().getSimpleName());
    Throwable root = ExceptionUtils.getRootCause(fault);
    if (root != null && root != fault && StringUtils.isNotBlank(root.getMessage())) {
      message = message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return StringUtils.abbreviate(StringUtils.normalizeSpace(message), MAX_MESSAGE);
  }

  /** the stack trace for Cockpit's incident details, cut short */
  static String details(Exception fault) {
    return StringUtils.abbreviate(ExceptionUtils.getStackTrace(fault), MAX_DETAILS);
  }
}

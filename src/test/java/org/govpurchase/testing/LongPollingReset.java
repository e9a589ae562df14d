package org.govpurchase.testing;

import org.camunda.bpm.engine.rest.impl.FetchAndLockContextListener;

/**
 * Lets a second web context in the same JVM answer long-polling fetchAndLock requests. The engine
 * REST keeps its long-polling handler in a static field that it starts once and shuts down with
 * the first context, so a later context's workers wait on a dead handler and never get a task.
 * Call {@link #forNextContext()} before a context starts (e.g. in a {@code @DynamicPropertySource}).
 */
public final class LongPollingReset extends FetchAndLockContextListener {

  private LongPollingReset() {
  }

  /** forgets the previous context's handler: the next context starts its own */
  public static void forNextContext() {
    fetchAndLockHandler = null;
  }
}

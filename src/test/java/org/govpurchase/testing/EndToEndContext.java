package org.govpurchase.testing;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The properties every end-to-end test's application context needs. */
public final class EndToEndContext {

  private EndToEndContext() {
  }

  /**
   * A port of the context's own, chosen when it starts (when several end-to-end classes run in one
   * JVM, the external-task client of a closed context may still poll its old port), an H2 data
   * directory and the workers' password.
   *
   * @return the base URL of the application
   */
  public static String register(DynamicPropertyRegistry registry, Path dataDir, String workerPassword) {
    LongPollingReset.forNextContext();
    int port = FreePort.find();
    registry.add("server.port", () -> port);
    registry.add("platform.data-dir", dataDir::toString);
    registry.add("platform.workers.password", () -> workerPassword);
    return "http://localhost:" + port;
  }
}

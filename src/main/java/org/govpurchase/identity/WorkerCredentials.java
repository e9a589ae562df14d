package org.govpurchase.identity;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the all-in-one role the engine and its workers share one JVM, so when no WORKER_PASSWORD is
 * given the technical user gets a random password that only this process knows. The engine and
 * workers roles run apart and must be given the same password.
 */
class WorkerCredentials implements EnvironmentPostProcessor, Ordered {

  static final String PASSWORD = "platform.workers.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    boolean allInOne = Arrays.stream(environment.getActiveProfiles())
        .noneMatch(p -> p.equals("engine") || p.equals("workers"));
    if (allInOne && StringUtils.isBlank(environment.getProperty(PASSWORD))) {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      environment.getPropertySources().addFirst(new MapPropertySource("generated-worker-password",
          Map.of(PASSWORD, HexFormat.of().formatHex(secret))));
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}

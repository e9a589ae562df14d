package org.govpurchase.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the engine's clock on the {@link TestClock} for every test class and test, when
 * {@code platform.clock.start} is set: before the class (its Spring context and demo data start on
 * that day), before each test, and after each test (a test that set or reset the engine clock
 * leaves the test clock behind, not the real time). Registered for every test through
 * META-INF/services and {@code junit.jupiter.extensions.autodetection.enabled}.
 */
public class TestClockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    applyIfConfigured();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    applyIfConfigured();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    applyIfConfigured();
  }

  private static void applyIfConfigured() {
    // without the property the engine clock is the tests' own business, as it always was
    if (TestClock.configured()) {
      TestClock.apply();
    }
  }
}

package org.govpurchase.plan;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The purchase plan end to end on the embedded default: H2 in file mode. */
class PurchasePlanEndToEndTest extends PurchasePlanEndToEnd {

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    commonProperties(registry);
  }
}

package org.govpurchase.identity;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Agency scoping end to end on the embedded default: H2 in file mode. */
class AgencyScopingEndToEndTest extends AgencyScopingEndToEnd {

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    commonProperties(registry);
  }
}

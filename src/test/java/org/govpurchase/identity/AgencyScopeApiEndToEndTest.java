package org.govpurchase.identity;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Our API against another agency's officer and the auditor, on the embedded default: H2 in file mode. */
class AgencyScopeApiEndToEndTest extends AgencyScopeApiEndToEnd {

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    commonProperties(registry);
  }
}

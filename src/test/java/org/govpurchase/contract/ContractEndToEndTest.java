package org.govpurchase.contract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The contract end to end on the embedded default: H2 in file mode. */
class ContractEndToEndTest extends ContractEndToEnd {

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    commonProperties(registry);
  }
}

package org.govpurchase.tender;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The open tender end to end on the embedded default: H2 in file mode. */
class OpenTenderEndToEndTest extends OpenTenderEndToEnd {

  @DynamicPropertySource
  static void h2(DynamicPropertyRegistry registry) {
    commonProperties(registry);
  }
}

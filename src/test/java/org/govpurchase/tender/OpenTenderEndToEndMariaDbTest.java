package org.govpurchase.tender;

import org.govpurchase.testing.MariaDb;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The open tender end to end on MariaDB through MySQL Connector/J (the mysql profile). */
@ActiveProfiles({"demo", "mysql"})
class OpenTenderEndToEndMariaDbTest extends OpenTenderEndToEnd {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    // a prefix of its own: MariaDb drops earlier databases of the same prefix
    MariaDb.register(registry, "govpurchase_tender_e2e");
  }
}

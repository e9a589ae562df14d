package org.govpurchase.identity;

import org.govpurchase.testing.MariaDb;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Agency scoping end to end on MariaDB through MySQL Connector/J (the mysql profile). */
@ActiveProfiles({"demo", "mysql"})
class AgencyScopingEndToEndMariaDbTest extends AgencyScopingEndToEnd {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    // a prefix of its own: MariaDb drops earlier databases of the same prefix
    MariaDb.register(registry, "govpurchase_scoping_e2e");
  }
}

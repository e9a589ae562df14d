package org.govpurchase.plan;

import org.govpurchase.testing.MariaDb;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The purchase plan end to end on MariaDB through MySQL Connector/J (the mysql profile). */
@ActiveProfiles({"demo", "mysql"})
class PurchasePlanEndToEndMariaDbTest extends PurchasePlanEndToEnd {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    // a prefix of its own: MariaDb drops earlier databases of the same prefix
    MariaDb.register(registry, "govpurchase_plan_e2e");
  }
}

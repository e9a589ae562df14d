package org.govpurchase.catalog;

import org.govpurchase.testing.MariaDb;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog end to end on MariaDB through MySQL Connector/J (the mysql profile). */
@ActiveProfiles({"demo", "mysql"})
class CatalogEndToEndMariaDbTest extends CatalogEndToEnd {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    MariaDb.register(registry, "govpurchase_e2e");
  }
}

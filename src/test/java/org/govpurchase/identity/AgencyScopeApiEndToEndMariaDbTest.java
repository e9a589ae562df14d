package org.govpurchase.identity;

import org.govpurchase.testing.MariaDb;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Our API against another agency's officer and the auditor, on MariaDB through MySQL Connector/J. */
@ActiveProfiles({"demo", "mysql"})
class AgencyScopeApiEndToEndMariaDbTest extends AgencyScopeApiEndToEnd {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    // a prefix of its own: MariaDb drops earlier databases of the same prefix
    MariaDb.register(registry, "govpurchase_scope_api_e2e");
  }
}

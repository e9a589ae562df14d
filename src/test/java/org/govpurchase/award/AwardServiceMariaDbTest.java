package org.govpurchase.award;

import org.govpurchase.testing.MariaDb;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** AwardServiceTest again on MariaDB through MySQL Connector/J (the mysql profile): the V11 schema is portable. */
@ActiveProfiles("mysql")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AwardServiceMariaDbTest extends AwardServiceTest {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    MariaDb.register(registry, "govpurchase_award");
  }
}

package org.govpurchase.evaluation;

import org.govpurchase.testing.MariaDb;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** TenderEvaluationTest again on MariaDB through MySQL Connector/J (the mysql profile): V10 is portable. */
@ActiveProfiles("mysql")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class TenderEvaluationMariaDbTest extends TenderEvaluationTest {

  @DynamicPropertySource
  static void mariaDb(DynamicPropertyRegistry registry) {
    MariaDb.register(registry, "govpurchase_tender_eval");
  }
}

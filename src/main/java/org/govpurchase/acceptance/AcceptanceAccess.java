package org.govpurchase.acceptance;

import static org.govpurchase.identity.Groups.*;

import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contract starts the acceptance; the agency organizes it in Tasklist, the finance bureau follows it. */
@Configuration(proxyBeanMethods = false)
class AcceptanceAccess {

  @Bean
  ProcessAccess acceptanceProcessAccess() {
    return ProcessAccess.followedBy(AcceptanceProcess.KEY, PURCHASING_AGENCY, FINANCE_BUREAU);
  }
}

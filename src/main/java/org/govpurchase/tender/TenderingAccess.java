package org.govpurchase.tender;

import static org.govpurchase.identity.Groups.*;

import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tender is run by the agency or, for major projects, by the procurement agency; the finance bureau follows it. */
@Configuration(proxyBeanMethods = false)
class TenderingAccess {

  @Bean
  ProcessAccess tenderingProcessAccess() {
    return ProcessAccess.followedBy(TenderingProcess.KEY, PURCHASING_AGENCY, PROCUREMENT_AGENCY, FINANCE_BUREAU);
  }
}

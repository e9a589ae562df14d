package org.govpurchase.supervision;

import static org.govpurchase.identity.Groups.FINANCE_BUREAU;
import static org.govpurchase.identity.Groups.SUPERVISION;

import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nobody starts a supervision by hand (only an overdue step's timer does); supervision and the finance bureau follow it. */
@Configuration(proxyBeanMethods = false)
class SupervisionAccess {

  @Bean
  ProcessAccess supervisionProcessAccess() {
    return ProcessAccess.followedBy(SupervisionProcess.KEY, SUPERVISION, FINANCE_BUREAU);
  }
}

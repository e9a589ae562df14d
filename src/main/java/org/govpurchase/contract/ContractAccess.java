package org.govpurchase.contract;

import static org.govpurchase.identity.Groups.*;

import java.util.Set;
import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency drafts and signs the contract and proposes amendments in Tasklist (the supplier through our API); the finance bureau files both. */
@Configuration(proxyBeanMethods = false)
class ContractAccess {

  @Bean
  ProcessAccess contractProcessAccess() {
    return ProcessAccess.followedBy(ContractProcess.KEY, PURCHASING_AGENCY, FINANCE_BUREAU);
  }

  @Bean
  ProcessAccess amendmentProcessAccess() {
    return ProcessAccess.startedBy(AmendmentProcess.KEY, Set.of(PURCHASING_AGENCY), Set.of(FINANCE_BUREAU));
  }
}

package org.govpurchase.evaluation;

import static org.govpurchase.identity.Groups.*;

import org.govpurchase.identity.ProcessAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Evaluation is followed by those who follow the tender. The drawn experts do not follow it: each
 * works only the tasks assigned to them (attendance, scoring), which the assignment itself grants.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationAccess {

  @Bean
  ProcessAccess evaluationProcessAccess() {
    return ProcessAccess.followedBy(EvaluationProcess.KEY, PURCHASING_AGENCY, PROCUREMENT_AGENCY, FINANCE_BUREAU);
  }
}

package org.govpurchase.identity;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * For the models: {@code camunda:candidateGroups="${agencyOfficers.of(execution)}"} gives a buyer's
 * task to the officers of the agency that owns the procurement (its tenant), and to no other agency.
 */
@Component("agencyOfficers")
@Profile("!workers")
public class AgencyOfficers {

  /** how a model names them as a task's candidate group */
  public static final String EXPRESSION = "${agencyOfficers.of(execution)}";

  /** the candidate group of the procurement's agency, e.g. agency-SZFT-MZJ */
  public String of(DelegateExecution execution) {
    return AgencyTenants.officersGroup(Objects.requireNonNull(execution.getTenantId(), "a procurement without a tenant"));
  }
}

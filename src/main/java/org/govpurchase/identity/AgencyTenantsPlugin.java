package org.govpurchase.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Agency scoping by the engine: every instance gets its agency's tenant, and no task can exist
 * outside a process (a standalone task would have no tenant, visible to everyone), and nobody
 * comments on a task they may not work on ({@link CommentsNeedWork}).
 */
@Component
@Profile("!workers")
class AgencyTenantsPlugin extends AbstractProcessEnginePlugin {

  private final List<ProcessAccess> processes;

  AgencyTenantsPlugin(List<ProcessAccess> processes) {
    this.processes = processes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new AgencyTenantIdProvider(processes));
    configuration.setStandaloneTasksEnabled(false);
    configuration.setTenantCheckEnabled(true);
    // after the command context exists (post), so the engine's checkers can judge the comment
    var interceptors = new ArrayList<CommandInterceptor>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new CommentsNeedWork());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}

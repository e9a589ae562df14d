package org.govpurchase.engine;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Deploys processes/ and forms/ as one process application (see META-INF/processes.xml), so
 * Camunda Forms are deployed beside the BPMN that references them. Not in the workers role.
 */
@Configuration
@Profile("!workers")
@EnableProcessApplication("govpurchase")
class ProcessApplicationConfiguration {
}

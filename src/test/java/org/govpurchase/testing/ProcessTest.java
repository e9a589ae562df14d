package org.govpurchase.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the engine with the deployed models and forms on an in-memory H2, the job
 * executor and the workers off, so a test moves the process itself with camunda-bpm-assert.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.client.spring.boot.starter.impl.ClientAutoConfiguration",
    "camunda.bpm.generate-unique-process-engine-name=false"})
@ActiveProfiles("demo")
@DirtiesContext // the engine registers itself JVM-wide as "default": one engine context at a time
public @interface ProcessTest {
}

package org.govpurchase.identity;

import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the workers' technical user in step with the configured credentials: created in the
 * {@code workers} group, its password reset at every start. Without a configured password no
 * such user exists, so there is never a user with a known default password.
 */
@Component
@Profile("!workers")
class TechnicalUser {

  private static final Logger LOG = LoggerFactory.getLogger(TechnicalUser.class);

  private final IdentityService identityService;
  private final String username;
  private final String password;

  TechnicalUser(IdentityService identityService,
      @Value("${platform.workers.username}") String username,
      @Value("${platform.workers.password}") String password) {
    this.identityService = identityService;
    this.username = username;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(3) // before the workers' subscriptions open on the same event
  public void run() {
    if (StringUtils.isBlank(password)) {
      LOG.warn("No WORKER_PASSWORD: no technical user; workers-role nodes cannot log in");
      return;
    }
    var user = identityService.createUserQuery().userId(username).singleResult();
    if (user == null) {
      user = identityService.newUser(username);
      user.setFirstName("外部任务");
      user.setLastName("执行器");
    }
    user.setPassword(password);
    identityService.saveUser(user);
    if (identityService.createUserQuery().userId(username).memberOfGroup(Groups.WORKERS).count() == 0) {
      identityService.createMembership(username, Groups.WORKERS);
    }
  }
}

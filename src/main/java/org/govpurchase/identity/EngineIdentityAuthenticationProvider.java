package org.govpurchase.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Authenticates API callers against the engine's identity service, the same users the webapps
 * know; each engine group becomes the role {@code ROLE_<group id>}.
 */
@Component
@Profile("!workers")
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  EngineIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("用户名或密码错误 / bad credentials");
    }
    List<SimpleGrantedAuthority> roles = identityService.createGroupQuery().groupMember(userId).list()
        .stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority("ROLE_" + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, roles);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

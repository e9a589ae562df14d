package org.govpurchase.supplier;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.govpurchase.testing.ProcessTest;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Supplier members are existing engine users in no group but the suppliers' (demo users on the engine). */
@ProcessTest
class MemberUsersTest {

  @Autowired MemberUsers memberUsers;
  @Autowired IdentityService identityService;

  @Test
  void aUserTheEngineDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> memberUsers.requireSupplierUser("nobody"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("平台上没有用户「nobody」");
  }

  @Test
  void aUserOfAnotherRoleIsRefused() {
    for (String other : new String[] {"finance", "agency", "expert1", "registrar"}) {
      assertThatThrownBy(() -> memberUsers.requireSupplierUser(other)).as(other)
          .isInstanceOf(InvalidRequestException.class).hasMessageContaining("一人只担任一种角色");
    }
  }

  @Test
  void aSupplierUserOrANewUserWithoutAGroupIsAccepted() {
    identityService.saveUser(identityService.newUser("newstaff"));
    try {
      assertThatCode(() -> memberUsers.requireSupplierUser("supplier1")).doesNotThrowAnyException();
      assertThatCode(() -> memberUsers.requireSupplierUser(" newstaff ")).doesNotThrowAnyException();
    } finally {
      identityService.deleteUser("newstaff");
    }
  }
}

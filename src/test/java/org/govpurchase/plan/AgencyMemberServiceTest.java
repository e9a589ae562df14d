package org.govpurchase.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.govpurchase.identity.AgencyTenants;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.UserQuery;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The membership rules on the Flyway schema (H2 by default); the engine is not in a JPA slice, so
 * its identity service is a mock that knows officers 张伟 (agency), 刘洋 (agency2) and the finance
 * user finance, who is not in group purchasing-agency.
 */
@DataJpaTest
@Import({AgencyMemberService.class, CatalogLookup.class})
class AgencyMemberServiceTest {

  @Autowired AgencyMemberService service;
  @Autowired TestEntityManager entityManager;
  @Autowired JdbcTemplate jdbc;
  @MockitoBean IdentityService identity;
  @MockitoBean AgencyTenants tenants; // the engine's mirror of the register: not this test's concern

  @BeforeEach
  void agenciesAndUsers() {
    CatalogFixture catalog = new CatalogFixture(jdbc);
    catalog.agency("SZFT-MZJ", "福田区民政局");
    catalog.agency("SZFT-WJJ", "福田区卫生健康局");
    catalog.agency("SZFT-OLD", "福田区已撤销局");
    jdbc.update("update purchasing_agency set active = ? where code = ?", false, "SZFT-OLD");

    UserQuery noOne = mock(UserQuery.class, RETURNS_SELF); // count() answers 0
    UserQuery query = mock(UserQuery.class);
    when(identity.createUserQuery()).thenReturn(query);
    when(query.userId(anyString())).thenReturn(noOne);
    user(query, "agency", true);
    user(query, "agency2", true);
    user(query, "finance", false);
  }

  @Test
  void assignsListsAndIsIdempotent() {
    AgencyMemberService.Assignment first = service.assign("SZFT-MZJ", "agency");
    AgencyMemberService.Assignment again = service.assign("SZFT-MZJ", "agency");
    service.assign("SZFT-MZJ", "agency2");

    assertThat(first).isEqualTo(new AgencyMemberService.Assignment("agency", "SZFT-MZJ", null, true));
    assertThat(again).isEqualTo(new AgencyMemberService.Assignment("agency", "SZFT-MZJ", null, false));
    assertThat(stored()).containsExactly(Map.entry("agency", "SZFT-MZJ"), Map.entry("agency2", "SZFT-MZJ"));
    assertThat(service.members("SZFT-MZJ")).containsExactly(
        new AgencyMemberService.MemberView("agency", "SZFT-MZJ"),
        new AgencyMemberService.MemberView("agency2", "SZFT-MZJ"));
    assertThat(service.members("SZFT-WJJ")).isEmpty();
  }

  @Test
  void assigningToAnotherAgencyMovesTheUser() {
    service.assign("SZFT-MZJ", "agency");

    AgencyMemberService.Assignment moved = service.assign("SZFT-WJJ", "agency");

    assertThat(moved).isEqualTo(new AgencyMemberService.Assignment("agency", "SZFT-WJJ", "SZFT-MZJ", true));
    assertThat(stored()).containsExactly(Map.entry("agency", "SZFT-WJJ"));
    assertThat(service.members("SZFT-MZJ")).isEmpty();
  }

  @Test
  void refusesBadAgenciesAndUsersAndWritesNothing() {
    service.assign("SZFT-MZJ", "agency");

    assertThatThrownBy(() -> service.assign("SZFT-NONE", "agency2"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("SZFT-NONE").hasMessageContaining("不存在");
    assertThatThrownBy(() -> service.assign("SZFT-OLD", "agency"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已停用").hasMessageContaining("inactive");
    assertThatThrownBy(() -> service.assign("SZFT-WJJ", "stranger"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("不存在").hasMessageContaining("no such user");
    assertThatThrownBy(() -> service.assign("SZFT-WJJ", "finance"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("不属于购买主体用户组").hasMessageContaining("not in group purchasing-agency");
    assertThatThrownBy(() -> service.assign("SZFT-WJJ", " "))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("1至64个字符");
    assertThatThrownBy(() -> service.assign("SZFT-WJJ", "a".repeat(65)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("1至64个字符");
    assertThatThrownBy(() -> service.members("SZFT-NONE")).isInstanceOf(NoSuchElementException.class);

    assertThat(stored()).containsExactly(Map.entry("agency", "SZFT-MZJ"));
  }

  @Test
  void removesOnlyTheAgencysOwnMember() {
    service.assign("SZFT-MZJ", "agency");
    service.assign("SZFT-WJJ", "agency2");
    jdbc.update("insert into purchasing_agency_member (user_id, agency_code) values (?, ?)", "retired", "SZFT-OLD");

    assertThatThrownBy(() -> service.remove("SZFT-MZJ", "agency2"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("不是购买主体「福田区民政局」的人员");
    assertThatThrownBy(() -> service.remove("SZFT-NONE", "agency")).isInstanceOf(NoSuchElementException.class);
    service.remove("SZFT-MZJ", "agency");
    service.remove("SZFT-OLD", "retired"); // an inactive agency, a user the engine no longer has
    assertThatThrownBy(() -> service.remove("SZFT-MZJ", "agency")).isInstanceOf(NoSuchElementException.class);

    assertThat(stored()).containsExactly(Map.entry("agency2", "SZFT-WJJ"));
  }

  /** the table as stored, user id to agency code */
  private Map<String, String> stored() {
    entityManager.clear();
    Map<String, String> rows = new TreeMap<>();
    jdbc.query("select user_id, agency_code from purchasing_agency_member",
        (RowCallbackHandler) rs -> rows.put(rs.getString(1), rs.getString(2)));
    return rows;
  }

  private static void user(UserQuery query, String userId, boolean officer) {
    UserQuery byId = mock(UserQuery.class);
    UserQuery inGroup = mock(UserQuery.class);
    when(query.userId(userId)).thenReturn(byId);
    when(byId.count()).thenReturn(1L);
    when(byId.memberOfGroup("purchasing-agency")).thenReturn(inGroup);
    when(inGroup.count()).thenReturn(officer ? 1L : 0L);
  }
}

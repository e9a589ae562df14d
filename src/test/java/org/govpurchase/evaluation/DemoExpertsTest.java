package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.ActiveProfiles;

/** The demo pool: idempotent, expert1/expert2 in it, and a recusal for the tied demo organization. */
@DataJpaTest
@ActiveProfiles("demo")
@Import({DemoExperts.class, ExpertPool.class, CommitteeDraw.class})
class DemoExpertsTest {

  /** no expert login is an agency's or a supplier's here */
  @MockitoBean ExpertAffiliations affiliations;
  @Autowired DemoExperts demo;
  @Autowired ExpertPool pool;
  @Autowired CommitteeDraw committees;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager entityManager;

  @Test
  void createsTheDemoPoolOnceAndATenderOfTheTiedOrganizationShowsARecusal() {
    demo.run();
    demo.run();

    assertThat(pool.count()).isEqualTo(12);
    assertThat(pool.findByUserId("expert1")).isPresent();
    assertThat(pool.findByUserId("expert2")).isPresent();
    long lin = pool.findByNameAndEmployer("林涛", "福田区社会工作者协会").orElseThrow();
    for (int i = 1; i <= 12; i++) {
      assertThat(pool.findByUserId("expert" + i)).as("expert%d has a login", i).isPresent();
    }
    assertThat(pool.findByUserId("expert4")).contains(lin);

    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0042", "SZFT-WJJ", new BigDecimal("800000"),
        LocalDate.of(2026, 6, 30), null, null, null, Set.of(Specialty.SOCIAL_WORK, Specialty.FINANCE, Specialty.LAW),
        List.of(new DrawRequest.Bidder(1L, DemoExperts.TIED_CREDIT_CODE),
            new DrawRequest.Bidder(2L, "52440300MJL0000025")), null));

    assertThat(c.recusals()).extracting(CommitteeView.Recusal::expertId).containsExactly(lin);
    assertThat(c.memberIds()).hasSize(4).doesNotContain(lin);
    assertThat(c.standbyIds()).hasSize(2).doesNotContain(lin);
    assertThat(c.memberUserIds()).as("every drawn member can score in Tasklist").hasSize(4);

    // 梁静 works for 福田区民政局: never drawn for its procurements (87号令第48条)
    long liang = pool.findByUserId("expert11").orElseThrow();
    CommitteeView civilAffairs = committees.draw(new DrawRequest(null, "SZ-2026-0043", "SZFT-MZJ",
        new BigDecimal("800000"), LocalDate.of(2026, 6, 30), null, null, null, Set.of(),
        List.of(new DrawRequest.Bidder(2L, "52440300MJL0000025")), null));
    assertThat(civilAffairs.recusals()).extracting(CommitteeView.Recusal::expertId, CommitteeView.Recusal::tieType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(liang, TieType.BUYER_EMPLOYEE));
  }

  @Test
  void aPoolOfAnEarlierVersionGetsTheLoginsWithoutNewExperts() {
    demo.run();
    // as the demo wrote it before: only expert1 and expert2 with a login
    jdbc.update("update expert set user_id = null where user_id not in ('expert1', 'expert2')");
    entityManager.clear();
    assertThat(pool.findByUserId("expert12")).isEmpty();

    demo.run();

    assertThat(pool.count()).isEqualTo(12);
    assertThat(pool.findByUserId("expert12")).isEqualTo(pool.findByNameAndEmployer("谢宏", "深圳大学法学院"));
  }

  @Test
  void theDemoExpertsAreExpert1ToExpert12() {
    assertThat(DemoExperts.EXPERTS).extracting(DemoExperts.DemoExpert::userId)
        .containsExactly("expert1", "expert2", "expert3", "expert4", "expert5", "expert6", "expert7", "expert8",
            "expert9", "expert10", "expert11", "expert12");
    assertThat(DemoExperts.EXPERTS.get(0).name()).isEqualTo("孙丽");
    assertThat(DemoExperts.EXPERTS.get(1).name()).isEqualTo("周杰");
  }
}

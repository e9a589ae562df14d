package org.govpurchase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.govpurchase.evaluation.CommitteeDrawException.Reason;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The committee draw on the Flyway schema (H2), with ddl-auto=validate and application.yaml's figures. */
@DataJpaTest
@Import({CommitteeDraw.class, ExpertPool.class})
class CommitteeDrawTest {

  static final String BIDDER_A = "52440300MJL0000012";
  static final String BIDDER_B = "52440300MJL0000025";
  static final String OTHER_ORG = "91440300MA5F00003G";
  static final String BUYER = "SZFT-MZJ";
  static final String OTHER_AGENCY = "SZFT-WJJ";
  static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
  static final BigDecimal BUDGET = new BigDecimal("800000.00");

  @Autowired CommitteeDraw committees;
  @Autowired ExpertPool pool;
  @Autowired DrawnCommitteeRepository draws;
  @Autowired EvaluationProperties properties;
  @Autowired TestEntityManager entityManager;
  /** whose logins are the agencies' and the suppliers' (plan and supplier features) */
  @MockitoBean ExpertAffiliations affiliations;

  /** expert name -> id, in creation order */
  final Map<String, Long> ids = new LinkedHashMap<>();

  @Test
  void theConfiguredFiguresAreApplicationYamls() {
    assertThat(properties.weights().pastEvaluation()).isEqualByComparingTo("0.70");
    assertThat(properties.weights().bidAndDefence()).isEqualByComparingTo("0.30");
    assertThat(properties.outlierThreshold()).isEqualByComparingTo("20");
    assertThat(properties.committee().minSize()).isEqualTo(5);
    assertThat(properties.committee().largeProjectMinSize()).isEqualTo(7);
    assertThat(properties.committee().largeProjectBudget()).isEqualByComparingTo("10000000");
    assertThat(properties.committee().recusalYears()).isEqualTo(3);
  }

  @Test
  void theSamePoolSeedAndBiddersGiveTheSameCommittee() {
    generalPool(12);

    CommitteeView first = committees.draw(request("SZ-2026-0001", 42L, Set.of(Specialty.FINANCE), BIDDER_A, BIDDER_B));
    CommitteeView again = committees.draw(request("SZ-2026-0002", 42L, Set.of(Specialty.FINANCE), BIDDER_B, BIDDER_A));

    assertThat(first.seed()).isEqualTo(42L);
    assertThat(draws.findById(first.drawId()).orElseThrow().getSeed()).isEqualTo(42L);
    assertThat(again.drawId()).isNotEqualTo(first.drawId());
    assertThat(again.memberIds()).containsExactlyElementsOf(first.memberIds());
    assertThat(again.standbyIds()).containsExactlyElementsOf(first.standbyIds());
    // the seed decides: other seeds give other committees
    Set<List<Long>> committeesBySeed = new HashSet<>();
    LongStream.range(1, 11).forEach(seed -> committeesBySeed.add(
        committees.draw(request("SZ-2026-1" + seed, seed, Set.of(), BIDDER_A)).memberIds()));
    assertThat(committeesBySeed).hasSizeGreaterThan(1);
  }

  @Test
  void theSelectionDoesNotDependOnTheOrderThePoolIsReadIn() {
    List<CommitteeSelection.Candidate> pool = new ArrayList<>();
    for (long id = 1; id <= 15; id++) {
      pool.add(new CommitteeSelection.Candidate(id, id % 3 == 0 ? Set.of(Specialty.FINANCE) : Set.of(Specialty.SOCIAL_WORK)));
    }
    List<CommitteeSelection.Candidate> reversed = new ArrayList<>(pool);
    java.util.Collections.reverse(reversed);

    CommitteeSelection.Selection a = CommitteeSelection.select(pool, 7L, 4, 2, Set.of(Specialty.FINANCE));
    CommitteeSelection.Selection b = CommitteeSelection.select(reversed, 7L, 4, 2, Set.of(Specialty.FINANCE));

    assertThat(b).isEqualTo(a);
    assertThat(a.members()).hasSize(4).doesNotContainAnyElementsOf(a.standbys());
    assertThat(a.standbys()).hasSize(2);
  }

  @Test
  void anOrdinaryBudgetGivesFiveSeatsFourOfThemExperts() {
    generalPool(12);

    CommitteeView c = committees.draw(request("SZ-2026-0003", 1L, Set.of(), BIDDER_A));

    assertThat(c.size()).isEqualTo(5);
    assertThat(c.expertSeats()).isEqualTo(4);
    assertThat(c.buyerSeats()).isEqualTo(1);
    assertThat(c.members()).hasSize(4).extracting(CommitteeView.Seat::seatNo).containsExactly(1, 2, 3, 4);
    assertThat(c.standbys()).hasSize(2).extracting(CommitteeView.Seat::standbyOrder).containsExactly(1, 2);
    assertThat(c.sealed()).isTrue();
  }

  @Test
  void aBudgetAboveTenMillionGivesAtLeastSevenSeats() {
    generalPool(12);

    CommitteeView c = committees.draw(new DrawRequest("k1", "SZ-2026-0004", BUYER, new BigDecimal("10000000.01"), DEADLINE,
        null, null, null, Set.of(), bidders(BIDDER_A), 3L));
    CommitteeView twoBuyers = committees.draw(new DrawRequest("k2", "SZ-2026-0004", BUYER, new BigDecimal("12000000"),
        DEADLINE, 7, 2, 1, Set.of(), bidders(BIDDER_A), 3L));
    CommitteeView exactlyTenMillion = committees.draw(new DrawRequest("k3", "SZ-2026-0005", BUYER,
        new BigDecimal("10000000"), DEADLINE, null, null, null, Set.of(), bidders(BIDDER_A), 3L));

    assertThat(c.size()).isEqualTo(7);
    assertThat(c.expertSeats()).isEqualTo(6);
    assertThat(c.members()).hasSize(6);
    assertThat(twoBuyers.expertSeats()).isEqualTo(5);
    assertThat(twoBuyers.buyerSeats()).isEqualTo(2);
    assertThat(exactlyTenMillion.size()).isEqualTo(5);
  }

  @Test
  void anEvenOrTooSmallCommitteeOrTooFewExpertsIsRefused() {
    generalPool(12);

    assertThatThrownBy(() -> committees.draw(sized(BUDGET, 6, null)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("单数且不少于5人");
    assertThatThrownBy(() -> committees.draw(sized(BUDGET, 3, null)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("不少于5人");
    assertThatThrownBy(() -> committees.draw(sized(new BigDecimal("20000000"), 5, null)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("不少于7人");
    // 5 seats: 3 experts are less than two thirds
    assertThatThrownBy(() -> committees.draw(sized(BUDGET, 5, 2)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("三分之二").hasMessageContaining("至多1人");
    assertThat(draws.count()).isZero();
  }

  @Test
  void everyRequestedSpecialtyIsOnTheCommittee() {
    generalPool(12); // social work and finance only
    ids.put("律师", pool.addExpert(null, "律师", "某律师事务所", EnumSet.of(Specialty.LAW)));
    ids.put("养老专家", pool.addExpert(null, "养老专家", "某养老院", EnumSet.of(Specialty.ELDERLY_CARE)));
    Set<Specialty> wanted = EnumSet.of(Specialty.LAW, Specialty.ELDERLY_CARE, Specialty.FINANCE);

    for (long seed = 0; seed < 25; seed++) {
      CommitteeView c = committees.draw(request("SZ-2026-2" + seed, seed, wanted, BIDDER_A));
      assertThat(c.members()).hasSize(4);
      assertThat(c.members().stream().flatMap(m -> m.specialties().stream()))
          .as("seed %d", seed).contains(Specialty.LAW, Specialty.ELDERLY_CARE, Specialty.FINANCE);
      assertThat(c.specialties()).containsExactlyInAnyOrderElementsOf(wanted);
    }
  }

  @Test
  void aSpecialtyNobodyHasIsAClearOutcome() {
    generalPool(12);

    assertThatThrownBy(() -> committees.draw(request("SZ-2026-0006", 1L, Set.of(Specialty.PSYCHOLOGY), BIDDER_A)))
        .isInstanceOfSatisfying(CommitteeDrawException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.SPECIALTY_NOT_COVERED);
          assertThat(e.errorCode()).isEqualTo("Error_ExpertPoolInsufficient");
        })
        .hasMessageContaining("心理咨询");
    assertThat(draws.count()).isZero();
  }

  @Test
  void moreSpecialtiesThanExpertSeatsIsAClearOutcome() {
    generalPool(8);
    for (Specialty s : List.of(Specialty.LAW, Specialty.HEALTH, Specialty.EDUCATION, Specialty.PSYCHOLOGY)) {
      pool.addExpert(null, "专家" + s, null, EnumSet.of(s));
    }

    assertThatThrownBy(() -> committees.draw(request("SZ-2026-0007", 1L, EnumSet.of(Specialty.LAW, Specialty.HEALTH,
        Specialty.EDUCATION, Specialty.PSYCHOLOGY, Specialty.FINANCE), BIDDER_A)))
        .isInstanceOfSatisfying(CommitteeDrawException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SPECIALTIES_EXCEED_SEATS))
        .hasMessageContaining("4名评审专家");
  }

  @Test
  void tiesWithinThreeYearsBeforeTheDeadlineAndCloseRelativesAreRecusedOlderTiesAreNot() {
    generalPool(5);
    long employedTwoYearsAgo = tied("前员工", TieType.EMPLOYER, BIDDER_A, LocalDate.of(2020, 1, 1), DEADLINE.minusYears(2));
    long directorNow = tied("现任理事", TieType.DIRECTOR, BIDDER_B, LocalDate.of(2019, 5, 1), null);
    long controllerEndedExactlyThreeYearsBefore = tied("原控制人", TieType.CONTROLLER, BIDDER_A,
        LocalDate.of(2015, 1, 1), DEADLINE.minusYears(3));
    long relative = tied("理事长之妻", TieType.CLOSE_RELATIVE, BIDDER_B, null, null);
    long relativeOfFormer = tied("前理事之子", TieType.CLOSE_RELATIVE, BIDDER_A, LocalDate.of(2001, 1, 1),
        LocalDate.of(2005, 1, 1));
    long employedLongAgo = tied("老员工", TieType.EMPLOYER, BIDDER_A, LocalDate.of(2015, 1, 1),
        DEADLINE.minusYears(3).minusDays(1));
    long tiedToANonBidder = tied("他单位员工", TieType.EMPLOYER, OTHER_ORG, LocalDate.of(2024, 1, 1), null);

    // 12 active experts, 5 recused: the 7 left are exactly 4 members and 3 standbys
    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0008", BUYER, BUDGET, DEADLINE, 5, 1, 3,
        Set.of(), bidders(BIDDER_A, BIDDER_B), 11L));

    Set<Long> recused = Set.of(employedTwoYearsAgo, directorNow, controllerEndedExactlyThreeYearsBefore, relative,
        relativeOfFormer);
    assertThat(c.recusals()).extracting(CommitteeView.Recusal::expertId).containsExactlyInAnyOrderElementsOf(recused);
    assertThat(c.memberIds()).doesNotContainAnyElementsOf(recused);
    assertThat(c.standbyIds()).doesNotContainAnyElementsOf(recused);
    // the eligible 7 are all drawn: 4 members and 3 standbys, the old and the unrelated tie among them
    assertThat(concat(c.memberIds(), c.standbyIds())).hasSize(7)
        .contains(employedLongAgo, tiedToANonBidder);
    CommitteeView.Recusal director = c.recusals().stream().filter(r -> r.expertId() == directorNow).findFirst()
        .orElseThrow();
    assertThat(director.supplierId()).isEqualTo(2L);
    assertThat(director.creditCode()).isEqualTo(BIDDER_B);
    assertThat(director.tieType()).isEqualTo(TieType.DIRECTOR);
    assertThat(director.reason()).contains(BIDDER_B).contains("董事").contains("2019-05-01至今");
    entityManager.clear();
    assertThat(committees.committee(c.drawId()).recusals()).hasSize(5);
  }

  @Test
  void anExpertEmployedByTheBuyingAgencyIsRecusedOneEmployedByAnotherAgencyIsNot() {
    generalPool(6);
    long buyersStaff = pool.addExpert(null, "民政局干部", "福田区民政局", EnumSet.of(Specialty.SOCIAL_WORK));
    pool.setEmployerAgency(buyersStaff, BUYER);
    long otherAgencysStaff = pool.addExpert(null, "卫健局干部", "福田区卫生健康局", EnumSet.of(Specialty.HEALTH));
    pool.setEmployerAgency(otherAgencysStaff, OTHER_AGENCY);

    // 8 experts, 1 recused: the 7 left are 4 members and 3 standbys
    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0020", BUYER, BUDGET, DEADLINE, 5, 1, 3,
        Set.of(), bidders(BIDDER_A), 3L));

    assertThat(c.recusals()).singleElement().satisfies(r -> {
      assertThat(r.expertId()).isEqualTo(buyersStaff);
      assertThat(r.tieType()).isEqualTo(TieType.BUYER_EMPLOYEE);
      assertThat(r.supplierId()).isNull();
      assertThat(r.creditCode()).isNull();
      assertThat(r.reason()).contains("受聘于本项目采购人").contains(BUYER);
    });
    assertThat(concat(c.memberIds(), c.standbyIds())).hasSize(7).doesNotContain(buyersStaff).contains(otherAgencysStaff);
    entityManager.clear();
    assertThat(committees.committee(c.drawId()).recusals()).extracting(CommitteeView.Recusal::tieType)
        .containsExactly(TieType.BUYER_EMPLOYEE);
  }

  @Test
  void anExpertWhoseLoginIsAUserOfTheBuyingAgencyIsRecused() {
    generalPool(6);
    long officer = pool.addExpert("officer", "张伟", null, EnumSet.of(Specialty.SOCIAL_WORK));
    long otherOfficer = pool.addExpert("officer2", "刘洋", null, EnumSet.of(Specialty.SOCIAL_WORK));
    when(affiliations.agencyOf("officer")).thenReturn(Optional.of(BUYER));
    when(affiliations.agencyOf("officer2")).thenReturn(Optional.of(OTHER_AGENCY));

    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0021", BUYER, BUDGET, DEADLINE, 5, 1, 3,
        Set.of(), bidders(BIDDER_A), 3L));

    assertThat(c.recusals()).singleElement().satisfies(r -> {
      assertThat(r.expertId()).isEqualTo(officer);
      assertThat(r.tieType()).isEqualTo(TieType.BUYER_USER);
      assertThat(r.reason()).contains("officer").contains("采购人").contains(BUYER);
    });
    assertThat(concat(c.memberIds(), c.standbyIds())).doesNotContain(officer).contains(otherOfficer);
  }

  @Test
  void anExpertWhoseLoginActsForABidderIsRecusedOneActingForANonBidderIsNot() {
    generalPool(6);
    long bidderStaff = pool.addExpert("staff", "何欣", null, EnumSet.of(Specialty.SOCIAL_WORK));
    long otherStaff = pool.addExpert("staff2", "高远", null, EnumSet.of(Specialty.SOCIAL_WORK));
    // bidders(BIDDER_A, BIDDER_B) gives supplier ids 1 and 2
    when(affiliations.supplierOf("staff")).thenReturn(Optional.of(2L));
    when(affiliations.supplierOf("staff2")).thenReturn(Optional.of(99L));

    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0022", BUYER, BUDGET, DEADLINE, 5, 1, 3,
        Set.of(), bidders(BIDDER_A, BIDDER_B), 3L));

    assertThat(c.recusals()).singleElement().satisfies(r -> {
      assertThat(r.expertId()).isEqualTo(bidderStaff);
      assertThat(r.tieType()).isEqualTo(TieType.BIDDER_USER);
      assertThat(r.supplierId()).isEqualTo(2L);
      assertThat(r.creditCode()).isEqualTo(BIDDER_B);
      assertThat(r.reason()).contains("staff").contains("投标人" + BIDDER_B);
    });
    assertThat(concat(c.memberIds(), c.standbyIds())).doesNotContain(bidderStaff).contains(otherStaff);
  }

  @Test
  void aDrawWithoutTheBuyingAgencyIsRefused() {
    generalPool(6);

    assertThatThrownBy(() -> committees.draw(new DrawRequest(null, "SZ-2026-0023", " ", BUDGET, DEADLINE, null, null,
        null, Set.of(), bidders(BIDDER_A), 1L)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("采购人（购买主体）代码必填");
    assertThat(draws.count()).isZero();
  }

  @Test
  void thePoolKeepsOnlyTiesToOrganizationsTheBuyersAreFoundAtTheDraw() {
    long id = pool.addExpert(null, "专家", null, EnumSet.of(Specialty.LAW));

    assertThatThrownBy(() -> pool.addTie(id, TieType.BUYER_EMPLOYEE, BIDDER_A, null, null, null))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("关联类型");
  }

  @Test
  void aPoolTooSmallAfterRecusalIsAClearOutcomeAndWritesNothing() {
    generalPool(5);
    tied("前员工", TieType.EMPLOYER, BIDDER_A, LocalDate.of(2022, 1, 1), null);

    // 6 experts, 1 recused: 5 left for 4 members and 2 standbys
    assertThatThrownBy(() -> committees.draw(request("SZ-2026-0009", 1L, Set.of(), BIDDER_A)))
        .isInstanceOfSatisfying(CommitteeDrawException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.POOL_TOO_SMALL);
          assertThat(e.errorCode()).isEqualTo("Error_ExpertPoolInsufficient");
        })
        .hasMessageContaining("可用专家5名").hasMessageContaining("评审专家4名加候补专家2名");
    assertThat(draws.count()).isZero();
  }

  @Test
  void aSecondDrawWithTheSameKeyReturnsTheFirst() {
    generalPool(12);

    CommitteeView first = committees.draw(request("SZ-2026-0010", 5L, Set.of(), BIDDER_A));
    CommitteeView second = committees.draw(request("SZ-2026-0010", 6L, Set.of(Specialty.FINANCE), BIDDER_A, BIDDER_B));
    entityManager.clear();

    assertThat(second.drawId()).isEqualTo(first.drawId());
    assertThat(second.seed()).isEqualTo(5L);
    assertThat(second.memberIds()).isEqualTo(first.memberIds());
    assertThat(draws.count()).isEqualTo(1);
    assertThat(committees.findByDrawKey("SZ-2026-0010")).get().extracting(CommitteeView::drawId)
        .isEqualTo(first.drawId());
    assertThatThrownBy(() -> committees.draw(new DrawRequest("SZ-2026-0010", "SZ-2026-0011", BUYER, BUDGET, DEADLINE, null,
        null, null, Set.of(), bidders(BIDDER_A), 5L)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已用于采购项目SZ-2026-0010");
  }

  @Test
  void aDeclinedMemberIsReplacedByTheFirstStandbyWhoKeepsTheSpecialtyCoverage() {
    generalPool(4); // social work / finance
    long law1 = pool.addExpert(null, "律师甲", "甲律所", EnumSet.of(Specialty.LAW));
    long law2 = pool.addExpert(null, "律师乙", "乙律所", EnumSet.of(Specialty.LAW));
    // 6 eligible = 4 members + 2 standbys: find a seed with one lawyer a member, the other standby no. 2
    long seed = seedWhere(Set.of(Specialty.LAW), 2, s -> s.members().contains(law1) != s.members().contains(law2)
        && (s.standbys().get(1) == law1 || s.standbys().get(1) == law2));
    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0012", BUYER, BUDGET, DEADLINE, null, null, 2,
        Set.of(Specialty.LAW), bidders(BIDDER_A), seed));
    long lawMember = c.memberIds().contains(law1) ? law1 : law2;
    long lawStandby = lawMember == law1 ? law2 : law1;
    long firstStandby = c.standbyIds().get(0);
    int seat = c.members().stream().filter(m -> m.expertId() == lawMember).findFirst().orElseThrow().seatNo();

    Replacement r = committees.replaceDeclined(c.drawId(), lawMember);

    // standby no. 1 has no law: the lawyer standby no. 2 takes the seat
    assertThat(r.standbyExpertId()).isEqualTo(lawStandby);
    assertThat(r.seatNo()).isEqualTo(seat);
    assertThat(r.committee().memberIds()).hasSize(4).contains(lawStandby).doesNotContain(lawMember);
    assertThat(r.committee().standbyIds()).containsExactly(firstStandby);
    assertThat(r.committee().declined()).singleElement().satisfies(d -> {
      assertThat(d.expertId()).isEqualTo(lawMember);
      assertThat(d.replacedBy()).isEqualTo(lawStandby);
    });

    // a member who is not needed for a specialty: the first standby takes the seat
    long other = r.committee().memberIds().stream().filter(id -> id != lawStandby).findFirst().orElseThrow();
    Replacement next = committees.replaceDeclined(c.drawId(), other);
    assertThat(next.standbyExpertId()).isEqualTo(firstStandby);
    assertThat(next.committee().standbys()).isEmpty();

    // declining again returns the first outcome
    assertThat(committees.replaceDeclined(c.drawId(), lawMember).standbyExpertId()).isEqualTo(lawStandby);
    entityManager.clear();
    assertThat(committees.committee(c.drawId()).memberIds()).hasSize(4).contains(lawStandby, firstStandby);
  }

  @Test
  void noSuitableStandbyIsAClearOutcomeAndChangesNothing() {
    generalPool(4);
    long law1 = pool.addExpert(null, "律师甲", "甲律所", EnumSet.of(Specialty.LAW));
    long law2 = pool.addExpert(null, "律师乙", "乙律所", EnumSet.of(Specialty.LAW));
    // 6 eligible, 4 members + 1 standby: one lawyer a member, the other not drawn at all
    long seed = seedWhere(Set.of(Specialty.LAW), 1, s -> s.members().contains(law1) != s.members().contains(law2)
        && !s.standbys().contains(law1) && !s.standbys().contains(law2));
    CommitteeView c = committees.draw(new DrawRequest(null, "SZ-2026-0013", BUYER, BUDGET, DEADLINE, null, null, 1,
        Set.of(Specialty.LAW), bidders(BIDDER_A), seed));
    long lawMember = c.memberIds().contains(law1) ? law1 : law2;

    assertThatThrownBy(() -> committees.replaceDeclined(c.drawId(), lawMember))
        .isInstanceOfSatisfying(CommitteeDrawException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.NO_SUITABLE_STANDBY);
          assertThat(e.errorCode()).isEqualTo("Error_NoSuitableStandby");
        })
        .hasMessageContaining("法律");
    entityManager.clear();
    assertThat(committees.committee(c.drawId()).memberIds()).contains(lawMember);
    assertThatThrownBy(() -> committees.replaceDeclined(c.drawId(), 999_999L))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void namesStaySealedUntilTheAwardAnnouncement() {
    generalPool(12);
    CommitteeView c = committees.draw(request("SZ-2026-0014", 9L, Set.of(), BIDDER_A));
    long decliner = c.memberIds().get(0);
    Replacement r = committees.replaceDeclined(c.drawId(), decliner);

    PublicCommittee sealed = committees.publicCommittee("SZ-2026-0014");
    assertThat(sealed.sealed()).isTrue();
    assertThat(sealed.size()).isEqualTo(5);
    assertThat(sealed.experts()).isEmpty();

    PublicCommittee unsealed = committees.unseal("SZ-2026-0014");
    assertThat(committees.unseal("SZ-2026-0014")).isEqualTo(unsealed);
    entityManager.clear();

    PublicCommittee published = committees.publicCommittee("SZ-2026-0014");
    assertThat(published.sealed()).isFalse();
    assertThat(published.experts()).extracting(PublicCommittee.PublicExpert::name)
        .containsExactlyElementsOf(r.committee().members().stream().map(CommitteeView.Seat::name).toList())
        .contains(name(r.standbyExpertId()))
        .doesNotContain(name(decliner));
    assertThatThrownBy(() -> committees.publicCommittee("SZ-2026-9999")).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void badBiddersAreRefused() {
    generalPool(12);

    assertThatThrownBy(() -> committees.draw(request("SZ-2026-0015", 1L, Set.of())))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("投标人名单为空");
    assertThatThrownBy(() -> committees.draw(new DrawRequest(null, "SZ-2026-0015", BUYER, BUDGET, DEADLINE, null, null,
        null, Set.of(), List.of(new DrawRequest.Bidder(1L, "not-a-code")), 1L)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("统一社会信用代码");
    assertThatThrownBy(() -> committees.draw(new DrawRequest(null, "SZ-2026-0015", BUYER, BUDGET, DEADLINE, null, null,
        null, Set.of(), List.of(new DrawRequest.Bidder(1L, BIDDER_A), new DrawRequest.Bidder(2L, BIDDER_A)), 1L)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("投标人重复");
  }

  // --- helpers

  /** n experts without ties, alternately social work and finance */
  private void generalPool(int n) {
    for (int i = 1; i <= n; i++) {
      String name = "专家" + i;
      ids.put(name, pool.addExpert(null, name, "单位" + i,
          EnumSet.of(i % 2 == 0 ? Specialty.FINANCE : Specialty.SOCIAL_WORK)));
    }
  }

  private long tied(String name, TieType type, String code, LocalDate from, LocalDate to) {
    long id = pool.addExpert(null, name, null, EnumSet.of(Specialty.SOCIAL_WORK));
    ids.put(name, id);
    pool.addTie(id, type, code, from, to, null);
    return id;
  }

  private String name(long expertId) {
    return ids.entrySet().stream().filter(e -> e.getValue() == expertId).findFirst().orElseThrow().getKey();
  }

  /** the first seed whose selection over the whole (untied) pool has the wanted shape */
  private long seedWhere(Set<Specialty> specialties, int standbys, Predicate<CommitteeSelection.Selection> wanted) {
    List<CommitteeSelection.Candidate> all = entityManager.getEntityManager()
        .createQuery("select e from Expert e", Expert.class).getResultList().stream()
        .map(e -> new CommitteeSelection.Candidate(e.getId(), e.getSpecialties())).toList();
    for (long seed = 0; seed < 10_000; seed++) {
      if (wanted.test(CommitteeSelection.select(all, seed, 4, standbys, specialties))) {
        return seed;
      }
    }
    throw new AssertionError("no seed gives the wanted draw");
  }

  private static DrawRequest request(String procurementNo, Long seed, Set<Specialty> specialties, String... codes) {
    return new DrawRequest(null, procurementNo, BUYER, BUDGET, DEADLINE, null, null, null, specialties, bidders(codes), seed);
  }

  private static DrawRequest sized(BigDecimal budget, Integer size, Integer buyers) {
    return new DrawRequest(null, "SZ-2026-0099", BUYER, budget, DEADLINE, size, buyers, null, Set.of(), bidders(BIDDER_A), 1L);
  }

  /** supplier ids 1, 2, ... in the order given */
  private static List<DrawRequest.Bidder> bidders(String... codes) {
    List<DrawRequest.Bidder> list = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      list.add(new DrawRequest.Bidder((long) i + 1, codes[i]));
    }
    return list;
  }

  private static List<Long> concat(List<Long> a, List<Long> b) {
    List<Long> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

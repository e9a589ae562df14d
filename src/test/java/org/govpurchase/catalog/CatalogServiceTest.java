package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.NoSuchElementException;
import org.govpurchase.identity.AgencyTenants;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.catalog.CatalogVersion.Status;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

/** The catalog on the Flyway schema (H2 by default), with ddl-auto=validate. */
@DataJpaTest
@Import({CatalogService.class, PurchasingAgencyService.class, ScopeCheck.class})
class CatalogServiceTest {

  static final String TITLE = "福田区2026年度政府购买服务目录";
  static final String RARE = "𠮷祥社区长者饭堂服务";

  @Autowired CatalogService catalog;
  @Autowired PurchasingAgencyService agencies;
  @Autowired CatalogVersionRepository versions;
  @Autowired TestEntityManager entityManager;
  @MockitoBean AgencyTenants tenants; // the engine's mirror of the register: not this test's concern

  @BeforeEach
  void agencies() {
    agencies.save("SZFT-MZJ", "福田区民政局", true);
    agencies.save("SZFT-SFJ", "福田区司法局", true);
    agencies.save("SZFT-OLD", "福田区已撤销的局", false);
  }

  @Test
  void registeringTwiceKeepsOneVersionWithTheLatestItems() {
    long first = catalog.registerDraft("pi-1", 2026, "初稿", draft(
        item("社区居家养老服务", "SZFT-MZJ"), item("法律援助服务", "SZFT-SFJ")), "finance");
    long second = catalog.registerDraft("pi-1", 2026, TITLE, draft(
        item("法律援助服务", "SZFT-SFJ", "SZFT-MZJ"), item("社区矫正服务", "SZFT-SFJ")), "finance2");
    entityManager.clear();

    assertThat(second).isEqualTo(first);
    assertThat(versions.findAll()).hasSize(1);
    CatalogVersion version = versions.findById(first).orElseThrow();
    assertThat(version.getStatus()).isEqualTo(Status.DRAFT);
    assertThat(version.getTitle()).isEqualTo(TITLE);
    assertThat(version.getDraftedBy()).isEqualTo("finance2");
    assertThat(version.getVersionNo()).isNull();
    assertThat(version.getItems()).extracting(CatalogItem::getPosition, CatalogItem::getName)
        .containsExactly(tuple(1, "法律援助服务"), tuple(2, "社区矫正服务"));
    assertThat(version.getItems().get(0).getAgencies()).extracting(PurchasingAgency::getCode)
        .containsExactly("SZFT-MZJ", "SZFT-SFJ");
  }

  @Test
  void aBadDraftWritesNothing() {
    CatalogDraft bad = draft(item("社区居家养老服务", "NO-SUCH-AGENCY"), item("", "SZFT-OLD"));

    assertThatThrownBy(() -> catalog.registerDraft("pi-1", 2026, TITLE, bad, "finance"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("目录草案有3处问题")
        .hasMessageContaining("购买主体「NO-SUCH-AGENCY」不存在")
        .hasMessageContaining("第2项：请填写事项名称")
        .hasMessageContaining("购买主体「SZFT-OLD」已停用");
    assertThat(versions.count()).isZero();
  }

  @Test
  void aBadRedraftKeepsTheEarlierDraft() {
    long id = catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");

    assertThatThrownBy(() -> catalog.registerDraft("pi-1", 2026, TITLE, draft(), "finance"))
        .isInstanceOf(InvalidRequestException.class);
    entityManager.clear();

    assertThat(versions.findById(id).orElseThrow().getItems()).extracting(CatalogItem::getName)
        .containsExactly("社区居家养老服务");
  }

  @Test
  void publishingMakesVersionOneTheActiveCatalog() {
    long id = catalog.registerDraft("pi-1", 2026, TITLE, draft(item(RARE, "SZFT-MZJ")), "finance");

    assertThat(catalog.publish(id, "govoffice", "同意发布")).isEqualTo(1);
    entityManager.clear();

    CatalogVersion version = versions.findById(id).orElseThrow();
    assertThat(version.getStatus()).isEqualTo(Status.PUBLISHED);
    assertThat(version.getActiveYear()).isEqualTo(2026);
    assertThat(version.getApprovedBy()).isEqualTo("govoffice");
    assertThat(version.getApprovalComment()).isEqualTo("同意发布");
    assertThat(version.getPublishedAt()).isNotNull();
    PublicCatalog published = catalog.activeCatalog(2026);
    assertThat(published.versionNo()).isEqualTo(1);
    assertThat(published.status()).isEqualTo("PUBLISHED");
    assertThat(published.items()).singleElement().satisfies(item -> {
      assertThat(item.name()).isEqualTo(RARE);
      assertThat(item.category()).isEqualTo("SOCIAL_ELDERLY_DISABILITY_CARE");
      assertThat(item.categoryLabel()).isEqualTo("社会事务服务·养老助残");
      assertThat(item.agencies()).containsExactly(new PublicCatalog.Agency("SZFT-MZJ", "福田区民政局"));
    });
  }

  @Test
  void anAdjustmentSupersedesTheActiveVersionWhichStaysReadable() {
    long first = catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");
    catalog.publish(first, "govoffice", null);
    long other = catalog.registerDraft("pi-x", 2027, "2027年度目录", draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");
    catalog.publish(other, "govoffice", null);

    long second = catalog.registerDraft("pi-2", 2026, TITLE + "（调整）",
        draft(item("社区居家养老服务", "SZFT-MZJ"), item("法律援助服务", "SZFT-SFJ")), "finance");
    assertThat(catalog.publish(second, "govoffice", "同意调整")).isEqualTo(2);
    entityManager.clear();

    assertThat(versions.findById(second).orElseThrow().getBaseVersionNo()).isEqualTo(1);
    assertThat(versions.findById(first).orElseThrow())
        .extracting(CatalogVersion::getStatus, CatalogVersion::getActiveYear, CatalogVersion::getVersionNo)
        .containsExactly(Status.SUPERSEDED, null, 1);
    assertThat(catalog.activeCatalog(2026).versionNo()).isEqualTo(2);
    assertThat(catalog.activeCatalog(2026).items()).hasSize(2);
    assertThat(catalog.publishedVersion(2026, 1).items()).hasSize(1);
    assertThat(catalog.publishedVersion(2026, 1).status()).isEqualTo("SUPERSEDED");
    assertThat(catalog.publishedVersions(2026)).extracting(PublicCatalogVersion::versionNo, PublicCatalogVersion::status)
        .containsExactly(tuple(1, "SUPERSEDED"), tuple(2, "PUBLISHED"));
    assertThat(versions.findAll()).filteredOn(v -> Integer.valueOf(2026).equals(v.getActiveYear())).hasSize(1);
    assertThat(catalog.activeCatalog(2027).versionNo()).isEqualTo(1);
  }

  @Test
  void publishingTwiceChangesNothing() {
    long first = catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");
    catalog.publish(first, "govoffice", "同意发布");
    long second = catalog.registerDraft("pi-2", 2026, TITLE, draft(item("法律援助服务", "SZFT-SFJ")), "finance");
    catalog.publish(second, "govoffice", null);
    entityManager.clear();
    var before = versions.findById(first).orElseThrow().getPublishedAt();

    assertThat(catalog.publish(first, "someone-else", "again")).isEqualTo(1);
    assertThat(catalog.publish(second, "someone-else", "again")).isEqualTo(2);
    entityManager.clear();

    CatalogVersion again = versions.findById(first).orElseThrow();
    assertThat(again.getStatus()).isEqualTo(Status.SUPERSEDED);
    assertThat(again.getApprovedBy()).isEqualTo("govoffice");
    assertThat(again.getPublishedAt()).isEqualTo(before);
    assertThat(catalog.activeCatalog(2026).versionNo()).isEqualTo(2);
  }

  @Test
  void aPublishedVersionIsNoLongerADraft() {
    long id = catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");
    catalog.publish(id, "govoffice", null);

    assertThatThrownBy(() -> catalog.registerDraft("pi-1", 2026, TITLE, draft(item("法律援助服务", "SZFT-SFJ")), "finance"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("已发布");
    entityManager.clear();
    assertThat(catalog.activeCatalog(2026).items()).extracting(PublicCatalog.Item::name).containsExactly("社区居家养老服务");
  }

  @Test
  void draftsAreNeverPublic() {
    catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");

    assertThat(catalog.publishedVersions(2026)).isEmpty();
    assertThatThrownBy(() -> catalog.activeCatalog(2026))
        .isInstanceOf(NoSuchElementException.class).hasMessage("2026年度尚无已发布的政府购买服务目录");
    assertThatThrownBy(() -> catalog.publishedVersion(2026, 1)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void rareCharactersRoundTrip() {
    String longest = "𠮷" + StringUtils.repeat("服", 99);
    String description = StringUtils.repeat("𠮷", 1000);
    long id = catalog.registerDraft("pi-1", 2026, StringUtils.repeat("𠮷", 100), draft(
        item(RARE, "SZFT-MZJ"), new CatalogDraft.Item(longest, "SOCIAL_WORK", description, List.of("SZFT-MZJ"))),
        "finance");
    catalog.publish(id, "govoffice", StringUtils.repeat("𠮷", 501));
    entityManager.clear();

    CatalogVersion version = versions.findById(id).orElseThrow();
    assertThat(version.getTitle()).isEqualTo(StringUtils.repeat("𠮷", 100));
    assertThat(version.getItems()).extracting(CatalogItem::getName).containsExactly(RARE, longest);
    assertThat(version.getItems().get(1).getDescription()).isEqualTo(description);
    assertThat(version.getApprovalComment()).isEqualTo(StringUtils.repeat("𠮷", 500));
  }

  @Test
  void theScopeCheckNamesEveryOutOfScopeItem() {
    long inScope = catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社会工作者资格认定", "SZFT-MZJ")), "finance");
    long outOfScope = catalog.registerDraft("pi-2", 2026, TITLE, draft(
        item("社区居家养老服务", "SZFT-MZJ"), item("行政许可证核发", "SZFT-MZJ"), item("城管执法辅助", "SZFT-MZJ")),
        "finance");

    assertThat(catalog.checkScope(inScope)).isEmpty();
    assertThat(catalog.checkScope(outOfScope)).contains("目录事项「行政许可证核发」涉及行政许可，属于不得购买的事项；"
        + "目录事项「城管执法辅助」涉及行政执法，属于不得购买的事项");
    assertThatThrownBy(() -> catalog.checkScope(-1)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aNewCatalogStartsWithTheActiveAgenciesOnly() {
    DraftStart start = catalog.prepareDraft(2026);

    assertThat(start.agencyOptions()).containsExactly(
        new FormOption("福田区民政局", "SZFT-MZJ"), new FormOption("福田区司法局", "SZFT-SFJ"));
    assertThat(start.agencyOptionsJson()).isEqualTo(
        "[{\"label\":\"福田区民政局\",\"value\":\"SZFT-MZJ\"},{\"label\":\"福田区司法局\",\"value\":\"SZFT-SFJ\"}]");
    assertThat(start.hasBaseVersion()).isFalse();
    assertThat(start.baseItemsJson()).isNull();
  }

  @Test
  void anAdjustmentStartsFromTheActiveCatalog() {
    CatalogDraft published = draft(item(RARE, "SZFT-SFJ", "SZFT-MZJ"), item("法律援助服务", "SZFT-SFJ"));
    catalog.publish(catalog.registerDraft("pi-1", 2026, TITLE, published, "finance"), "govoffice", null);
    entityManager.clear();

    DraftStart start = catalog.prepareDraft(2026);

    assertThat(start.baseVersionNo()).isEqualTo(1);
    assertThat(CatalogDraft.parse(start.baseItemsJson()).items()).containsExactly(
        item(RARE, "SZFT-MZJ", "SZFT-SFJ"), item("法律援助服务", "SZFT-SFJ"));
    assertThat(catalog.prepareDraft(2027).hasBaseVersion()).isFalse();
  }

  @Test
  void theSchemaAllowsOneActiveVersionPerYear() {
    long first = catalog.registerDraft("pi-1", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");
    catalog.publish(first, "govoffice", null);
    long second = catalog.registerDraft("pi-2", 2026, TITLE, draft(item("社区居家养老服务", "SZFT-MZJ")), "finance");

    var sneakIn = entityManager.getEntityManager().createNativeQuery("UPDATE catalog_version SET status = 'PUBLISHED', "
        + "version_no = 2, published_at = CURRENT_TIMESTAMP, active_year = 2026 WHERE id = " + second);

    assertThatThrownBy(sneakIn::executeUpdate).isInstanceOf(PersistenceException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uk_catalog_version_active_year"));
  }

  @Test
  void keepsTheAgencies() {
    assertThat(agencies.all()).extracting(PurchasingAgencyView::code).containsExactly("SZFT-MZJ", "SZFT-OLD", "SZFT-SFJ");
    assertThat(agencies.save("SZFT-OLD", " 福田区已撤销的局（恢复） ", true))
        .isEqualTo(new PurchasingAgencyView("SZFT-OLD", "福田区已撤销的局（恢复）", true));
    assertThat(agencies.ensure("SZFT-MZJ", "别的名称")).isFalse();
    assertThat(agencies.ensure("SZFT-WJJ", "福田区卫生健康局")).isTrue();

    assertThatThrownBy(() -> agencies.save("szft x", "福田区民政局", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("购买主体代码须为2至32位大写字母、数字或连字符")
        .hasMessageContaining("名称「福田区民政局」已由购买主体SZFT-MZJ使用")
        .hasMessageContaining("请说明购买主体是否启用");
    assertThatThrownBy(() -> agencies.save("SZFT-NEW", " ", true)).hasMessageContaining("请填写购买主体名称");
    assertThat(agencies.all()).hasSize(4);
  }

  static CatalogDraft draft(CatalogDraft.Item... items) {
    return new CatalogDraft(List.of(items));
  }

  static CatalogDraft.Item item(String name, String... agencies) {
    return new CatalogDraft.Item(name, "SOCIAL_ELDERLY_DISABILITY_CARE", "为辖区高龄独居老人提供服务", List.of(agencies));
  }
}

package org.govpurchase.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchase catalog: drafts registered by CatalogApproval instances, the scope check,
 * publication as the year's active version, and the public reads. Every write is idempotent, so
 * a worker may run twice.
 */
@Service
@Transactional(readOnly = true)
class CatalogService {

  static final int MAX_COMMENT = 500;

  private final CatalogVersionRepository versions;
  private final PurchasingAgencyRepository agencies;
  private final ScopeCheck scopeCheck;
  private final Clock clock;

  CatalogService(CatalogVersionRepository versions, PurchasingAgencyRepository agencies, ScopeCheck scopeCheck,
      Clock clock) {
    this.versions = versions;
    this.agencies = agencies;
    this.scopeCheck = scopeCheck;
    this.clock = clock;
  }

  /**
   * The draft form's start: the active agencies to choose from and, when the year has an active
   * catalog, its items and version number (an adjustment starts from the active catalog).
   */
  DraftStart prepareDraft(int year) {
    List<FormOption> options = agencies.findByActiveTrueOrderByCode().stream()
        .map(agency -> new FormOption(agency.getName(), agency.getCode()))
        .toList();
    return versions.findByActiveYear(year)
        .map(active -> new DraftStart(options, active.getVersionNo(), toDraft(active)))
        .orElseGet(() -> new DraftStart(options, null, null));
  }

  /** Everything wrong with a draft as the form holds it, in Chinese; empty when it may be registered. */
  List<String> draftProblems(int year, String title, String catalogItemsJson) {
    try {
      return draftProblems(year, title, CatalogDraft.parse(catalogItemsJson));
    } catch (InvalidRequestException e) {
      return List.of(e.getMessage());
    }
  }

  List<String> draftProblems(int year, String title, CatalogDraft draft) {
    Map<String, Boolean> activeByCode = agencies.findAll().stream()
        .collect(Collectors.toMap(PurchasingAgency::getCode, PurchasingAgency::isActive));
    return draft.validate(year, title, activeByCode);
  }

  /**
   * Creates, or replaces, the DRAFT version of this CatalogApproval instance: running it again
   * leaves one version with the latest title and items. The base version is the year's active
   * version at the time of registration.
   *
   * @return the version's id
   * @throws InvalidRequestException listing every problem of the draft; nothing is written
   * @throws IllegalStateException when the instance's version is already published
   */
  @Transactional
  long registerDraft(String processInstanceId, int year, String title, CatalogDraft draft, String draftedBy) {
    List<String> problems = draftProblems(year, title, draft);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException("目录草案有" + problems.size() + "处问题：" + String.join("；", problems));
    }
    Integer baseVersionNo = versions.findByActiveYear(year).map(CatalogVersion::getVersionNo).orElse(null);
    CatalogVersion version = versions.findByProcessInstanceId(processInstanceId).orElse(null);
    if (version == null) {
      version = new CatalogVersion(processInstanceId, now());
    } else if (!version.isDraft()) {
      throw new IllegalStateException("目录第" + version.getVersionNo() + "版已发布，不能再修改草案 / version "
          + version.getId() + " of " + processInstanceId + " is already " + version.getStatus());
    } else if (!version.getItems().isEmpty()) {
      version.clearItems();
      // the old items go before the new ones come: they share positions and names
      versions.flush();
    }
    version.redraft(year, StringUtils.strip(title), baseVersionNo, draftedBy);
    Map<String, PurchasingAgency> byCode = agencies.findAllById(
            draft.items().stream().flatMap(item -> item.agencies().stream()).distinct().toList())
        .stream().collect(Collectors.toMap(PurchasingAgency::getCode, Function.identity()));
    int position = 0;
    for (CatalogDraft.Item item : draft.items()) {
      version.addItem(new CatalogItem(version, ++position, item.itemName(),
          ServiceCategory.fromCode(item.category()).orElseThrow(), item.description(),
          item.agencies().stream().map(byCode::get).toList()));
    }
    return versions.saveAndFlush(version).getId();
  }

  /**
   * The scope check of a registered version.
   *
   * @return the refusal reason naming every out-of-scope item, empty when all are in scope
   */
  Optional<String> checkScope(long versionId) {
    List<String> refusals = new ArrayList<>();
    for (CatalogItem item : version(versionId).getItems()) {
      scopeCheck.refusal(item.getName(), item.getDescription()).ifPresent(refusals::add);
    }
    return refusals.isEmpty() ? Optional.empty() : Optional.of(String.join("；", refusals));
  }

  /**
   * Publishes an approved draft as the year's active version with the next version number; the
   * previously active version becomes SUPERSEDED and stays readable. Publishing a version that is
   * already published changes nothing.
   *
   * @return the version number
   */
  @Transactional
  int publish(long versionId, String approvedBy, String approvalComment) {
    CatalogVersion version = versions.lockById(versionId)
        .orElseThrow(() -> new NoSuchElementException("目录版本" + versionId + "不存在"));
    if (!version.isDraft()) {
      return version.getVersionNo();
    }
    int year = version.getCatalogYear();
    Optional<CatalogVersion> previous = versions.lockActive(year);
    if (previous.isPresent()) {
      previous.get().supersede();
      // UNIQUE(active_year): the old row lets go of the year before the new one takes it
      versions.flush();
    }
    int versionNo = versions.lastVersionNo(year).orElse(0) + 1;
    version.publish(versionNo, approvedBy, limit(approvalComment, MAX_COMMENT), now());
    versions.flush();
    return versionNo;
  }

  /** a registered version's items as the approval form shows them: labels and names, not codes */
  @Transactional(readOnly = true)
  String reviewItemsJson(long versionId) {
    return CatalogDraft.json(version(versionId).getItems().stream()
        .map(item -> Map.of("itemName", item.getName(), "category", item.getCategory().label(),
            "description", item.getDescription(), "agencies", item.getAgencies().stream()
                .map(PurchasingAgency::getName).collect(Collectors.joining("、"))))
        .toList());
  }

  /** the year's active catalog, 404 when it has none */
  PublicCatalog activeCatalog(int year) {
    return versions.findByActiveYear(year).map(CatalogService::toPublic)
        .orElseThrow(() -> new NoSuchElementException(year + "年度尚无已发布的政府购买服务目录"));
  }

  /** every published and superseded version of the year, oldest first; drafts never */
  List<PublicCatalogVersion> publishedVersions(int year) {
    return versions.findByCatalogYearAndStatusInOrderByVersionNo(year,
            EnumSet.of(CatalogVersion.Status.PUBLISHED, CatalogVersion.Status.SUPERSEDED)).stream()
        .map(v -> new PublicCatalogVersion(v.getVersionNo(), v.getStatus().name(), v.getTitle(), v.getPublishedAt()))
        .toList();
  }

  /** one published or superseded version, 404 otherwise */
  PublicCatalog publishedVersion(int year, int versionNo) {
    return versions.findByCatalogYearAndVersionNo(year, versionNo)
        .filter(v -> !v.isDraft())
        .map(CatalogService::toPublic)
        .orElseThrow(() -> new NoSuchElementException(year + "年度政府购买服务目录没有第" + versionNo + "版"));
  }

  private CatalogVersion version(long versionId) {
    return versions.findById(versionId)
        .orElseThrow(() -> new NoSuchElementException("目录版本" + versionId + "不存在"));
  }

  private static CatalogDraft toDraft(CatalogVersion version) {
    return new CatalogDraft(version.getItems().stream()
        .map(item -> new CatalogDraft.Item(item.getName(), item.getCategory().name(), item.getDescription(),
            item.getAgencies().stream().map(PurchasingAgency::getCode).toList()))
        .toList());
  }

  private static PublicCatalog toPublic(CatalogVersion version) {
    return new PublicCatalog(version.getCatalogYear(), version.getVersionNo(), version.getStatus().name(),
        version.getTitle(), version.getPublishedAt(), version.getItems().stream()
        .map(item -> new PublicCatalog.Item(item.getPosition(), item.getName(), item.getCategory().name(),
            item.getCategory().label(), item.getDescription(), item.getAgencies().stream()
            .map(agency -> new PublicCatalog.Agency(agency.getCode(), agency.getName()))
            .toList()))
        .toList());
  }

  /** at most max characters (code points, so a 𠮷 is never cut in half) */
  private static String limit(String text, int max) {
    if (text == null || CatalogDraft.length(text) <= max) {
      return text;
    }
    return new String(text.codePoints().limit(max).toArray(), 0, max);
  }

  private Instant now() {
    // whole seconds: what MySQL keeps with sendFractionalSeconds=false
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}

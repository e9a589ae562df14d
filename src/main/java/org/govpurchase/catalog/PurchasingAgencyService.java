package org.govpurchase.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.govpurchase.identity.AgencyTenants;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The purchasing agencies (购买主体) catalog items apply to; kept by the finance bureau. */
@Service
@Profile("!workers") // it keeps the agencies' engine tenants
@Transactional(readOnly = true)
class PurchasingAgencyService {

  /** upper case, so codes compare alike on H2 and under MySQL's case-insensitive collation */
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
  static final int MAX_NAME = 200;

  private final PurchasingAgencyRepository agencies;
  private final AgencyTenants tenants;

  PurchasingAgencyService(PurchasingAgencyRepository agencies, AgencyTenants tenants) {
    this.agencies = agencies;
    this.tenants = tenants;
  }

  /** Every agency has its engine tenant, also those registered before tenants existed. */
  @EventListener(ApplicationStartedEvent.class)
  @Order(2) // after the groups (1), before the demo agencies and the workers' subscriptions
  @Transactional
  public void ensureTenants() {
    agencies.findAllByOrderByCode().forEach(agency -> tenants.ensureAgency(agency.getCode(), agency.getName()));
  }

  /** all agencies, active or not, by code */
  List<PurchasingAgencyView> all() {
    return agencies.findAllByOrderByCode().stream().map(PurchasingAgencyView::of).toList();
  }

  /**
   * Creates the agency or updates its name and whether it is active.
   *
   * @throws InvalidRequestException listing every problem; nothing is written
   */
  @Transactional
  PurchasingAgencyView save(String code, String name, Boolean active) {
    String trimmedName = StringUtils.strip(name);
    List<String> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add("购买主体代码须为2至32位大写字母、数字或连字符（如 SZFT-MZJ）");
    }
    if (StringUtils.isEmpty(trimmedName)) {
      problems.add("请填写购买主体名称");
    } else if (CatalogDraft.length(trimmedName) > MAX_NAME) {
      problems.add("购买主体名称不能超过" + MAX_NAME + "个字");
    } else {
      agencies.findByName(trimmedName)
          .filter(other -> !other.getCode().equals(code))
          .ifPresent(other -> problems.add("名称「" + trimmedName + "」已由购买主体" + other.getCode() + "使用"));
    }
    if (active == null) {
      problems.add("请说明购买主体是否启用（active）");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(String.join("；", problems));
    }
    PurchasingAgency agency = agencies.findById(code)
        .orElseGet(() -> new PurchasingAgency(code, trimmedName, active));
    agency.update(trimmedName, active);
    tenants.ensureAgency(code, trimmedName);
    return PurchasingAgencyView.of(agencies.saveAndFlush(agency));
  }

  /** Creates an active agency unless one with this code exists (demo data). */
  @Transactional
  boolean ensure(String code, String name) {
    if (agencies.existsById(code)) {
      return false;
    }
    save(code, name, true);
    return true;
  }
}

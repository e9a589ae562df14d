package org.govpurchase.catalog;

import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.catalog.CatalogProperties.OutOfScopeTerm;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses catalog items that fall in what may never be bought (DOMAIN.md §1, out of scope):
 * national security and secrets, judicial trial, administrative decisions, licensing, approval,
 * enforcement and coercion. Matching is on configured terms ({@link CatalogProperties}), in the
 * item's name and description with all whitespace removed. A first filter: the government still
 * reads every item when it approves the catalog.
 */
@Component
@EnableConfigurationProperties(CatalogProperties.class)
class ScopeCheck {

  private final CatalogProperties properties;

  ScopeCheck(CatalogProperties properties) {
    if (properties.outOfScope().isEmpty()) {
      // an empty list would let everything through without anybody noticing
      throw new IllegalStateException("platform.catalog.out-of-scope is empty: no scope check possible");
    }
    this.properties = properties;
  }

  /** The refusal reason when the item is out of scope, e.g. 目录事项「X」涉及行政许可，属于不得购买的事项. */
  Optional<String> refusal(String itemName, String description) {
    String text = StringUtils.deleteWhitespace(StringUtils.defaultString(itemName) + StringUtils.LF
        + StringUtils.defaultString(description));
    return properties.outOfScope().stream()
        .filter(term -> matches(term, text))
        .findFirst()
        .map(term -> "目录事项「" + StringUtils.strip(itemName) + "」涉及" + term.matter() + "，属于不得购买的事项");
  }

  private static boolean matches(OutOfScopeTerm term, String text) {
    if (term.unless().stream().map(StringUtils::deleteWhitespace).anyMatch(text::contains)) {
      return false;
    }
    String rest = text;
    for (String allowed : term.except()) {
      rest = StringUtils.replace(rest, StringUtils.deleteWhitespace(allowed), StringUtils.LF);
    }
    return rest.contains(StringUtils.deleteWhitespace(term.term()));
  }
}

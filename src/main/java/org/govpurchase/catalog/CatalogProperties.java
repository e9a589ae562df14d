package org.govpurchase.catalog;

import java.util.List;
import org.apache.commons.lang3.StringUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.catalog.*}: the out-of-scope terms the scope check refuses (application.yaml).
 *
 * @param outOfScope terms in the order they are tried; the first that matches names the matter
 */
@ConfigurationProperties("platform.catalog")
record CatalogProperties(List<OutOfScopeTerm> outOfScope) {

  CatalogProperties {
    outOfScope = outOfScope == null ? List.of() : List.copyOf(outOfScope);
  }

  /**
   * A term that marks an item as out of scope.
   *
   * @param term text that, found in an item's name or description, refuses the item
   * @param matter the out-of-scope matter the refusal names, e.g. 行政许可
   * @param except longer phrases containing the term that are in scope, e.g. 国家安全教育
   *     (publicity): an occurrence of the term inside one of them does not count
   * @param unless words that, anywhere in the same item, show the term is only the subject of an
   *     in-scope service, e.g. 评估 for 行政决策 (evaluating decisions may be bought, making them not)
   */
  record OutOfScopeTerm(String term, String matter, List<String> except, List<String> unless) {

    OutOfScopeTerm {
      if (StringUtils.isAnyBlank(term, matter)) {
        throw new IllegalArgumentException("platform.catalog.out-of-scope: term and matter are required");
      }
      except = except == null ? List.of() : List.copyOf(except);
      unless = unless == null ? List.of() : List.copyOf(unless);
    }
  }
}

package org.govpurchase.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What the draft form starts with: the officer's agency and the items of the year's active
 * catalog that cover it.
 *
 * @param itemOptions label = item name, value = item id as text (a form-js select value)
 */
record DraftStart(String agencyCode, String agencyName, List<Option> itemOptions) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** a form-js select option */
  record Option(String label, String value) {
  }

  /** {@code [{"label":"社区居家养老服务","value":"17"}, ...]} */
  String itemOptionsJson() {
    try {
      return JSON.writeValueAsString(itemOptions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}

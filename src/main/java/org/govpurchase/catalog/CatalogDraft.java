package org.govpurchase.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;

/**
 * The draft form's working copy of a catalog: the process variable {@code catalogItems},
 * {@code [{"itemName":"..","category":"CODE","description":"..","agencies":["CODE",..]}]}.
 * Texts are counted in characters (code points), so 𠮷 counts as one.
 */
final class CatalogDraft {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;
  static final int MAX_TITLE = 100;
  static final int MAX_ITEMS = 200;
  static final int MAX_NAME = 100;
  static final int MAX_DESCRIPTION = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One catalog item as the form holds it; texts stripped, agency codes without blanks or repeats. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(String itemName, String category, String description, List<String> agencies) {

    Item {
      itemName = StringUtils.strip(itemName);
      category = StringUtils.strip(category);
      description = StringUtils.strip(description);
      agencies = agencies == null ? List.of() : agencies.stream()
          .map(StringUtils::strip)
          .filter(StringUtils::isNotEmpty)
          .distinct()
          .toList();
    }
  }

  private final List<Item> items;

  CatalogDraft(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /**
   * Reads the {@code catalogItems} JSON; null or blank is an empty draft.
   *
   * @throws InvalidRequestException when the text is not a JSON array of items
   */
  static CatalogDraft parse(String json) {
    if (StringUtils.isBlank(json)) {
      return new CatalogDraft(List.of());
    }
    try {
      List<Item> parsed = JSON.readValue(json, new TypeReference<List<Item>>() { });
      if (parsed == null) {
        return new CatalogDraft(List.of());
      }
      return new CatalogDraft(parsed.stream()
          .map(item -> Objects.requireNonNullElseGet(item, () -> new Item(null, null, null, null)))
          .toList());
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("目录事项不是有效的列表，请重新填写 / catalogItems is not a JSON list of items: "
          + e.getOriginalMessage());
    }
  }

  List<Item> items() {
    return items;
  }

  /** The {@code catalogItems} JSON of this draft. */
  String toJson() {
    return json(items);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Everything that is wrong with this draft, in Chinese, empty when it may be registered.
   *
   * @param agencies every purchasing agency by code: true when active
   */
  List<String> validate(int year, String title, Map<String, Boolean> agencies) {
    List<String> problems = new ArrayList<>();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      problems.add("目录年度须在" + MIN_YEAR + "至" + MAX_YEAR + "之间");
    }
    if (StringUtils.isBlank(title)) {
      problems.add("请填写目录名称");
    } else if (length(StringUtils.strip(title)) > MAX_TITLE) {
      problems.add("目录名称不能超过" + MAX_TITLE + "个字");
    }
    if (items.isEmpty()) {
      problems.add("目录至少需要一个目录事项");
    } else if (items.size() > MAX_ITEMS) {
      problems.add("目录事项不能超过" + MAX_ITEMS + "项（现有" + items.size() + "项）");
    }
    Map<String, Integer> firstByName = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String where = "第" + (i + 1) + "项" + (StringUtils.isEmpty(item.itemName()) ? "" : "「" + item.itemName() + "」") + "：";
      if (StringUtils.isEmpty(item.itemName())) {
        problems.add(where + "请填写事项名称");
      } else if (length(item.itemName()) > MAX_NAME) {
        problems.add(where + "事项名称不能超过" + MAX_NAME + "个字");
      } else {
        // MySQL's collation compares names without case: so does this check
        Integer first = firstByName.putIfAbsent(item.itemName().toLowerCase(Locale.ROOT), i + 1);
        if (first != null) {
          problems.add(where + "事项名称与第" + first + "项重复");
        }
      }
      if (StringUtils.isEmpty(item.category())) {
        problems.add(where + "请选择服务类别");
      } else if (ServiceCategory.fromCode(item.category()).isEmpty()) {
        problems.add(where + "服务类别「" + item.category() + "」不存在");
      }
      if (StringUtils.isEmpty(item.description())) {
        problems.add(where + "请填写服务内容说明");
      } else if (length(item.description()) > MAX_DESCRIPTION) {
        problems.add(where + "服务内容说明不能超过" + MAX_DESCRIPTION + "个字");
      }
      if (item.agencies().isEmpty()) {
        problems.add(where + "请至少选择一个购买主体");
      }
      for (String code : item.agencies()) {
        Boolean active = agencies.get(code);
        if (active == null) {
          problems.add(where + "购买主体「" + code + "」不存在");
        } else if (!active) {
          problems.add(where + "购买主体「" + code + "」已停用");
        }
      }
    }
    return problems;
  }

  /** characters, not UTF-16 units: 𠮷 is one */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}

package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.govpurchase.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CatalogDraftTest {

  static final Map<String, Boolean> AGENCIES = Map.of("SZFT-MZJ", true, "SZFT-SFJ", true, "SZFT-OLD", false);
  static final String TITLE = "福田区2026年度政府购买服务目录";

  @Test
  void readsTheFormsItems() {
    CatalogDraft draft = CatalogDraft.parse("""
        [{"itemName":" 社区居家养老服务 ","category":"SOCIAL_ELDERLY_DISABILITY_CARE",
          "description":"为辖区高龄独居老人提供上门照护","agencies":["SZFT-MZJ"," SZFT-SFJ","SZFT-MZJ",""],
          "extra":"ignored"},
         {"itemName":"法律援助服务","category":"SOCIAL_LEGAL_AID","description":"法律咨询","agencies":["SZFT-SFJ"]}]""");

    assertThat(draft.items()).containsExactly(
        new CatalogDraft.Item("社区居家养老服务", "SOCIAL_ELDERLY_DISABILITY_CARE", "为辖区高龄独居老人提供上门照护",
            List.of("SZFT-MZJ", "SZFT-SFJ")),
        new CatalogDraft.Item("法律援助服务", "SOCIAL_LEGAL_AID", "法律咨询", List.of("SZFT-SFJ")));
    assertThat(draft.validate(2026, TITLE, AGENCIES)).isEmpty();
  }

  @Test
  void writesTheSameShapeItReads() {
    CatalogDraft draft = new CatalogDraft(List.of(item("𠮷祥社区长者饭堂服务", "SZFT-MZJ")));

    assertThat(draft.toJson()).isEqualTo("[{\"itemName\":\"𠮷祥社区长者饭堂服务\",\"category\":"
        + "\"SOCIAL_ELDERLY_DISABILITY_CARE\",\"description\":\"为辖区老人提供助餐服务\",\"agencies\":[\"SZFT-MZJ\"]}]");
    assertThat(CatalogDraft.parse(draft.toJson()).items()).isEqualTo(draft.items());
  }

  @Test
  void refusesTextThatIsNotAListOfItems() {
    assertThatThrownBy(() -> CatalogDraft.parse("{\"itemName\":\"x\"}"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("目录事项不是有效的列表");
    assertThatThrownBy(() -> CatalogDraft.parse("[{"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anEmptyDraftNeedsItems() {
    assertThat(CatalogDraft.parse(null).validate(2026, TITLE, AGENCIES)).containsExactly("目录至少需要一个目录事项");
    assertThat(CatalogDraft.parse(" ").items()).isEmpty();
    assertThat(CatalogDraft.parse("[]").validate(2026, TITLE, AGENCIES)).containsExactly("目录至少需要一个目录事项");
  }

  @Test
  void listsEveryProblemOfEveryItem() {
    CatalogDraft draft = CatalogDraft.parse("""
        [{"itemName":"","category":"NOPE","description":" ","agencies":[]},
         {"itemName":"养老服务","category":null,"description":"说明","agencies":["NO-SUCH-AGENCY","SZFT-OLD"]},
         null,
         {"itemName":"养老服务","category":"SOCIAL_WORK","description":"说明","agencies":["SZFT-MZJ"]}]""");

    assertThat(draft.validate(1999, " ", AGENCIES)).containsExactly(
        "目录年度须在2000至2100之间",
        "请填写目录名称",
        "第1项：请填写事项名称",
        "第1项：服务类别「NOPE」不存在",
        "第1项：请填写服务内容说明",
        "第1项：请至少选择一个购买主体",
        "第2项「养老服务」：请选择服务类别",
        "第2项「养老服务」：购买主体「NO-SUCH-AGENCY」不存在",
        "第2项「养老服务」：购买主体「SZFT-OLD」已停用",
        "第3项：请填写事项名称",
        "第3项：请选择服务类别",
        "第3项：请填写服务内容说明",
        "第3项：请至少选择一个购买主体",
        "第4项「养老服务」：事项名称与第2项重复");
  }

  @Test
  void namesThatDifferOnlyInCaseAreDuplicates() {
    CatalogDraft draft = new CatalogDraft(List.of(item("ABC社区服务", "SZFT-MZJ"), item("abc社区服务", "SZFT-MZJ")));

    assertThat(draft.validate(2026, TITLE, AGENCIES)).containsExactly("第2项「abc社区服务」：事项名称与第1项重复");
  }

  @Test
  void countsARareCharacterAsOne() {
    String hundred = "𠮷" + StringUtils.repeat("服", 99);
    assertThat(hundred.length()).isEqualTo(101);

    assertThat(new CatalogDraft(List.of(item(hundred, "SZFT-MZJ"))).validate(2026, TITLE, AGENCIES)).isEmpty();
    assertThat(new CatalogDraft(List.of(item(hundred + "务", "SZFT-MZJ"))).validate(2026, TITLE, AGENCIES))
        .containsExactly("第1项「" + hundred + "务」：事项名称不能超过100个字");
  }

  @Test
  void limitsTheLengthOfTexts() {
    var description = new CatalogDraft.Item("养老服务", "SOCIAL_WORK", StringUtils.repeat("𠮷", 1001), List.of("SZFT-MZJ"));
    assertThat(new CatalogDraft(List.of(description)).validate(2026, StringUtils.repeat("目", 101), AGENCIES))
        .containsExactly("目录名称不能超过100个字", "第1项「养老服务」：服务内容说明不能超过1000个字");

    var longest = new CatalogDraft.Item("养老服务", "SOCIAL_WORK", StringUtils.repeat("𠮷", 1000), List.of("SZFT-MZJ"));
    assertThat(new CatalogDraft(List.of(longest)).validate(2100, StringUtils.repeat("𠮷", 100), AGENCIES)).isEmpty();
  }

  @Test
  void takesAtMostTwoHundredItems() {
    List<CatalogDraft.Item> items = new ArrayList<>();
    for (int i = 1; i <= 201; i++) {
      items.add(item("服务事项" + i, "SZFT-MZJ"));
    }

    assertThat(new CatalogDraft(items.subList(0, 200)).validate(2026, TITLE, AGENCIES)).isEmpty();
    assertThat(new CatalogDraft(items).validate(2026, TITLE, AGENCIES)).containsExactly("目录事项不能超过200项（现有201项）");
  }

  static CatalogDraft.Item item(String name, String... agencies) {
    return new CatalogDraft.Item(name, "SOCIAL_ELDERLY_DISABILITY_CARE", "为辖区老人提供助餐服务", List.of(agencies));
  }
}

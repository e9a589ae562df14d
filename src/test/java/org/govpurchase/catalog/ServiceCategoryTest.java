package org.govpurchase.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ServiceCategoryTest {

  @Test
  void theSchemaAcceptsExactlyTheseCodes() throws IOException {
    String schema = new ClassPathResource("db/migration/common/V2__catalog.sql").getContentAsString(StandardCharsets.UTF_8);
    var check = Pattern.compile("ck_catalog_item_category CHECK \\(category IN \\((.*?)\\)\\)", Pattern.DOTALL)
        .matcher(schema);
    assertThat(check.find()).isTrue();

    var codes = Pattern.compile("'([A-Z_]+)'").matcher(check.group(1)).results().map(m -> m.group(1)).toList();

    assertThat(codes).containsExactly(Arrays.stream(ServiceCategory.values()).map(Enum::name).toArray(String[]::new));
    assertThat(codes).allMatch(code -> code.length() <= 40);
  }

  @Test
  void labelsNameTheGroup() {
    assertThat(ServiceCategory.SOCIAL_LEGAL_AID.label()).isEqualTo("社会事务服务·法律援助");
    assertThat(ServiceCategory.fromCode("SECTOR_QUALIFICATION_RECOGNITION")).contains(ServiceCategory.SECTOR_QUALIFICATION_RECOGNITION);
    assertThat(ServiceCategory.fromCode("NOPE")).isEmpty();
    assertThat(ServiceCategory.formOptions()).hasSize(ServiceCategory.values().length)
        .first().isEqualTo(new FormOption("基本公共服务·教育", "BASIC_EDUCATION"));
  }
}

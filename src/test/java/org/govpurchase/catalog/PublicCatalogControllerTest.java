package org.govpurchase.catalog;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public catalog API's answers. Security filters are off here: that /api/public/** needs no
 * login is the lead's end-to-end test (the slice does not load identity.ApiSecurity).
 */
@WebMvcTest(PublicCatalogController.class)
@AutoConfigureMockMvc(addFilters = false)
class PublicCatalogControllerTest {

  static final Instant PUBLISHED = Instant.parse("2026-03-02T01:30:00Z");

  @Autowired MockMvc mvc;
  @MockitoBean CatalogService catalog;

  @Test
  void showsTheActiveCatalog() throws Exception {
    when(catalog.activeCatalog(2026)).thenReturn(new PublicCatalog(2026, 2, "PUBLISHED", "福田区2026年度政府购买服务目录",
        PUBLISHED, List.of(new PublicCatalog.Item(1, "𠮷祥社区长者饭堂服务", "SOCIAL_ELDERLY_DISABILITY_CARE",
            "社会事务服务·养老助残", "为辖区高龄独居老人提供助餐服务",
            List.of(new PublicCatalog.Agency("SZFT-MZJ", "福田区民政局"))))));

    mvc.perform(get("/api/public/catalogs/2026"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2026))
        .andExpect(jsonPath("$.versionNo").value(2))
        .andExpect(jsonPath("$.publishedAt").value("2026-03-02T01:30:00Z"))
        .andExpect(jsonPath("$.approvedBy").doesNotExist())
        .andExpect(jsonPath("$.items[0].name").value("𠮷祥社区长者饭堂服务"))
        .andExpect(jsonPath("$.items[0].categoryLabel").value("社会事务服务·养老助残"))
        .andExpect(jsonPath("$.items[0].agencies[0].name").value("福田区民政局"));
  }

  @Test
  void aYearWithoutACatalogIsNotFound() throws Exception {
    when(catalog.activeCatalog(2099)).thenThrow(new NoSuchElementException("2099年度尚无已发布的政府购买服务目录"));

    mvc.perform(get("/api/public/catalogs/2099"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail").value("2099年度尚无已发布的政府购买服务目录"));
  }

  @Test
  void listsThePublishedVersions() throws Exception {
    when(catalog.publishedVersions(2026)).thenReturn(List.of(
        new PublicCatalogVersion(1, "SUPERSEDED", "福田区2026年度政府购买服务目录", PUBLISHED),
        new PublicCatalogVersion(2, "PUBLISHED", "福田区2026年度政府购买服务目录（调整）", PUBLISHED.plusSeconds(86_400))));

    mvc.perform(get("/api/public/catalogs/2026/versions"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].versionNo").value(1))
        .andExpect(jsonPath("$[0].status").value("SUPERSEDED"))
        .andExpect(jsonPath("$[1].status").value("PUBLISHED"));
  }

  @Test
  void showsASupersededVersion() throws Exception {
    when(catalog.publishedVersion(2026, 1)).thenReturn(
        new PublicCatalog(2026, 1, "SUPERSEDED", "福田区2026年度政府购买服务目录", PUBLISHED, List.of()));
    when(catalog.publishedVersion(2026, 9)).thenThrow(new NoSuchElementException("2026年度政府购买服务目录没有第9版"));

    mvc.perform(get("/api/public/catalogs/2026/versions/1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUPERSEDED"));
    mvc.perform(get("/api/public/catalogs/2026/versions/9"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("2026年度政府购买服务目录没有第9版"));
  }

  @Test
  void aYearThatIsNotANumberIsABadRequest() throws Exception {
    mvc.perform(get("/api/public/catalogs/twenty"))
        .andExpect(status().isBadRequest());
  }
}

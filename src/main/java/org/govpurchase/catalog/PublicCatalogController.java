package org.govpurchase.catalog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published catalogs, open to everyone (信息公开; security permits /api/public/**). Read
 * only; drafts are never shown, superseded versions stay readable.
 */
@RestController
@RequestMapping("/api/public/catalogs")
class PublicCatalogController {

  private final CatalogService service;

  PublicCatalogController(CatalogService service) {
    this.service = service;
  }

  /** the year's active catalog; 404 when the year has none */
  @GetMapping("/{year}")
  PublicCatalog active(@PathVariable int year) {
    return service.activeCatalog(year);
  }

  /** the year's published and superseded versions, without items */
  @GetMapping("/{year}/versions")
  List<PublicCatalogVersion> versions(@PathVariable int year) {
    return service.publishedVersions(year);
  }

  @GetMapping("/{year}/versions/{versionNo}")
  PublicCatalog version(@PathVariable int year, @PathVariable int versionNo) {
    return service.publishedVersion(year, versionNo);
  }
}

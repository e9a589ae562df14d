package org.govpurchase.supervision;

import java.time.LocalDate;
import org.govpurchase.identity.Groups;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervision register (督办台账) over HTTP, read-only: rows are written only by the
 * supervision.recordAction worker. Supervision and the finance bureau read it.
 */
@RestController
@RequestMapping("/api/supervision/records")
@PreAuthorize(Groups.ANY_OVERSEER)
class SupervisionController {

  private final SupervisionService service;

  SupervisionController(SupervisionService service) {
    this.service = service;
  }

  /**
   * Newest first. {@code from} and {@code to} are days (yyyy-MM-dd, China Standard Time), both
   * inclusive; {@code size} 1 to 100.
   */
  @GetMapping
  public PagedModel<SupervisionRecordView> list(
      @RequestParam(required = false) String processDefinitionKey,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return new PagedModel<>(service.search(processDefinitionKey, from, to, page, size));
  }

  @GetMapping("/{id}")
  public SupervisionRecordView get(@PathVariable long id) {
    return service.find(id);
  }
}

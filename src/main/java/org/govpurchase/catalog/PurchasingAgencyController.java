package org.govpurchase.catalog;

import java.util.List;
import org.govpurchase.identity.Groups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RestController;

/** The purchasing agencies: every signed-in user reads them, the finance bureau keeps them. */
@RestController
@Profile("!workers") // as its service
@RequestMapping("/api/agencies")
class PurchasingAgencyController {

  /** body of PUT: {@code {"name":"福田区民政局","active":true}} */
  record AgencyRequest(String name, Boolean active) {
  }

  private final PurchasingAgencyService service;

  PurchasingAgencyController(PurchasingAgencyService service) {
    this.service = service;
  }

  @GetMapping
  List<PurchasingAgencyView> all() {
    return service.all();
  }

  @PutMapping("/{code}")
  @PreAuthorize("hasRole('" + Groups.FINANCE_BUREAU + "')")
  PurchasingAgencyView save(@PathVariable String code, @RequestBody AgencyRequest request) {
    return service.save(code, request.name(), request.active());
  }
}

package org.govpurchase.plan;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approved purchase plans, open to everyone (信息公开; security permits /api/public/**): the
 * service standard, budget, evaluation method and requirements. Drafts and rejected plans never.
 */
@RestController
@RequestMapping("/api/public/plans")
class PublicPlanController {

  private final PlanService plans;

  PublicPlanController(PlanService plans) {
    this.plans = plans;
  }

  /** one approved plan by number, e.g. SZ-2026-0042; 404 otherwise */
  @GetMapping("/{planNo}")
  PublicPlan plan(@PathVariable String planNo) {
    return plans.publicPlan(planNo);
  }

  /** the year's approved plans by number; the year is required (400 without) */
  @GetMapping
  List<PublicPlan> plans(@RequestParam int year) {
    return plans.publicPlans(year);
  }
}

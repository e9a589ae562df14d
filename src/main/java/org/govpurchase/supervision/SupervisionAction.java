package org.govpurchase.supervision;

/** What the supervisor did about an overdue step; the values of the form field supervisionAction. */
enum SupervisionAction {
  URGE("督促办理"),
  INTERVIEW("约谈负责人"),
  RECORD("记录在案");

  private final String label;

  SupervisionAction(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}

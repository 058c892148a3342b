/**
 * How the reste à charge reads in a trace (French wording, values as euro strings): what the
 * structure's costs leave to its manager once the forfait, its other resources and the
 * Département's allocation are counted.
 */
export function explainRemainingCost(v: {
  payroll: string;
  otherCosts: string;
  forfait: string;
  otherResources: string;
  allocated: string;
}) {
  return {
    formula: "masse salariale + autres charges − forfait − autres ressources − part attribuée",
    values: {
      "masse salariale": v.payroll,
      "autres charges": v.otherCosts,
      forfait: v.forfait,
      "autres ressources": v.otherResources,
      "part attribuée": v.allocated,
    },
  };
}

/** The other resources, which the reste à charge deducts: their sum. */
export function explainOtherResources(v: { count: string; total: string }) {
  return { formula: "Σ autres ressources", values: { ressources: v.count, total: v.total } };
}

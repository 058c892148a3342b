/** How payrolls and loaded costs read in a trace (French wording, values as texts). */

/** A structure's payroll: the sum of its agent lines. */
export function explainPayroll(v: { lines: string; total: string }) {
  return {
    formula: "Σ masse salariale des lignes d'agents",
    values: { lignes: v.lines, total: v.total },
  };
}

/** An agent line's payroll: round(loaded cost × FTE × months / 12 × assignment). */
export function explainPayrollLine(v: { cost: string; fte: string; months: string; assignment: string }) {
  return {
    formula: "arrondi(coût chargé × quotité × mois / 12 × affectation)",
    values: { "coût chargé": v.cost, quotité: v.fte, mois: v.months, affectation: v.assignment },
  };
}

/** A loaded cost entered as such. */
export function explainEnteredLoadedCost(v: { cost: string }) {
  return { formula: "coût chargé annuel saisi", values: { "coût chargé": v.cost } };
}

/** A loaded cost from a gross salary: round(gross × (1 + employer rate)). */
export function explainLoadedCostFromGross(v: { gross: string; rate: string }) {
  return {
    formula: "arrondi(brut annuel × (1 + taux de charges))",
    values: { brut: v.gross, "taux de charges": v.rate },
  };
}

/** A loaded cost from an indice majoré: the base salary of the year's point values, then the employer rate. */
export function explainLoadedCostFromIndex(v: { index: string; baseSalary: string; rate: string }) {
  return {
    formula:
      "arrondi(traitement indiciaire × (1 + taux de charges)), traitement = Σ des 12 mois de arrondi(indice majoré × valeur annuelle du point / 1200)",
    values: { "indice majoré": v.index, "traitement indiciaire": v.baseSalary, "taux de charges": v.rate },
  };
}

/** The payroll at the evaluation: as reported, or the forecast when none is. */
export function explainActualPayroll(v: { reported: boolean; payroll: string }) {
  return {
    formula: v.reported ? "masse salariale réalisée saisie" : "masse salariale prévisionnelle (pas de réalisé saisi)",
    values: { "masse salariale": v.payroll },
  };
}

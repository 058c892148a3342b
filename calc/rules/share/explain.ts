import type { ShareReading } from ".";
/** How the Département's share and the deduction it starts from read in a trace (French wording, values as texts). */

/** The requested share: min(cap, round(rate × max(0, payroll − deduction))), the cap when there is one. */
export function explainShare(v: { rate: string; payroll: string; deduction: string; cap?: string; reading: ShareReading }) {
  const share =
    v.reading === "part_moins_forfait"
      ? "lecture « part moins forfait » : max(0 ; arrondi(taux × masse salariale) − déduction)"
      : "lecture « masse moins forfait » : arrondi(taux × max(0 ; masse salariale − déduction))";
  return {
    formula: v.cap !== undefined ? `min(plafond ; ${share})` : share,
    values: {
      taux: v.rate,
      "masse salariale": v.payroll,
      déduction: v.deduction,
      ...(v.cap !== undefined ? { plafond: v.cap } : {}),
    },
  };
}

/** A pooled structure's request: its part of its manager's request on the summed payroll and deductions. */
export function explainPooledShare(v: { managerRequest: string; ownRequest: string; part: string; reading: ShareReading }) {
  const rule =
    v.reading === "part_moins_forfait" ? "taux × Σ masse salariale − Σ déduction" : "taux × max(0 ; Σ masse salariale − Σ déduction)";
  return {
    formula: `part de la demande mutualisée du gestionnaire (${rule}), ventilée au prorata de la base de chaque structure, au plus fort reste`,
    values: { "demande du gestionnaire": v.managerRequest, "demande propre de la structure": v.ownRequest, part: v.part },
  };
}

/** The deduction « etat »: the State's part of the forfait, prorated to the months. */
export function explainStateDeduction(v: { statePart: string; months: string }) {
  return {
    formula: "arrondi(part de l'État du forfait × mois / 12)",
    values: { "part de l'État": v.statePart, mois: v.months },
  };
}

/** The deduction « forfait_et_ressources »: the forfait and the resources marked as deducted. */
export function explainForfaitAndResourcesDeduction(v: { forfait: string; deductedResources: string }) {
  return {
    formula: "forfait + ressources déduites",
    values: { forfait: v.forfait, "ressources déduites": v.deductedResources },
  };
}

/** The default deduction: the State's forfait. */
export function explainForfaitDeduction(v: { forfait: string }) {
  return {
    formula: "forfait de l'État (déduction par défaut)",
    values: { forfait: v.forfait },
  };
}

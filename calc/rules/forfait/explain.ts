/** How a structure's State forfait reads in a trace (French wording, values as texts). */

/** round(annual forfait × months labelled and open / 12). */
export function explainForfait(v: { annual: string; months: string }) {
  return {
    formula: "arrondi(forfait annuel × mois labellisés et ouverts / 12)",
    values: { "forfait annuel": v.annual, mois: v.months },
  };
}

/** No forfait: the structure is not labelled during the year. */
export function explainNoForfait(v: { labelledSince: string | null }) {
  return {
    formula: "structure non labellisée dans l'année : pas de forfait",
    values: { "labellisée depuis": v.labelledSince ?? "non labellisée" },
  };
}

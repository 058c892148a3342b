/** How the final request reads in a trace: the share on the actual payroll reduced by the objectives missed. */
export function explainFinalRequest(v: { finalShare: string; achievement: string }) {
  return {
    formula: "arrondi(part sur le réalisé × taux d'atteinte des objectifs)",
    values: { "part sur le réalisé": v.finalShare, "taux d'atteinte": v.achievement },
  };
}

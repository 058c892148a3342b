/** How the payments read in a trace (French wording, values as euro strings or decimal texts). */

/** Acompte of a payee: round(allocation × advance rate). */
export function explainAdvance(v: { allocated: string; rate: string }) {
  return {
    formula: "arrondi(attribué × taux d'acompte)",
    values: { attribué: v.allocated, "taux d'acompte": v.rate },
  };
}

/** A pooled structure's acompte: its part of its manager's acompte. */
export function explainPooledAdvance(v: { managerAdvance: string; advance: string }) {
  return {
    formula:
      "part de l'acompte du gestionnaire, arrondi(attribué au gestionnaire × taux d'acompte), au prorata de (masse salariale − déduction) de ses structures",
    values: { "acompte du gestionnaire": v.managerAdvance, part: v.advance },
  };
}

/** Solde: final allocation − acompte; negative, a repayment. */
export function explainBalance(v: { final: string; advance: string }) {
  return {
    formula: "attribution finale − acompte (négatif : reversement)",
    values: { "attribution finale": v.final, acompte: v.advance },
  };
}

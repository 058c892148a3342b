/**
 * How the final amount reads in a trace, under each final-payment rule (French wording, values
 * as euro strings). The rule's name is in the wording, so that a reader knows which applied.
 */

/** « plafonne »: the convention amount scaled by the final request over the forecast one, never above it. */
export function explainCappedFinal(v: { allocated: string; requested: string; finalRequested: string; final: string; pooled: boolean }) {
  return {
    formula:
      "règle « plafonné » : arrondi(attribution prévisionnelle × min(1 ; demande finale ÷ demande prévisionnelle)), jamais au-dessus du montant de la convention" +
      (v.pooled ? " (appliquée au gestionnaire mutualisé, puis ventilée au prorata des demandes finales)" : ""),
    values: {
      "attribution prévisionnelle": v.allocated,
      "demande prévisionnelle": v.requested,
      "demande finale": v.finalRequested,
      "montant final": v.final,
    },
  };
}

/** « redistribue »: the envelope allocated again on the final requests. */
export function explainRedistributedFinal(v: { finalRequested: string; final: string }) {
  return {
    formula:
      "règle « redistribué » : part de l'enveloppe attribuée à nouveau sur la demande finale (un montant au-dessus de la convention demande une délibération)",
    values: { "demande finale": v.finalRequested, attribué: v.final },
  };
}

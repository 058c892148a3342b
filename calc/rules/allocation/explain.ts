/**
 * How the envelope's split reads in a trace (French wording, values as euro strings). The split
 * itself is the rule of this folder: paid as requested when the requests fit, otherwise in
 * proportion to them, to the cent, by the largest-remainder method.
 */

/** The convention's split of the envelope among its payees. */
export function explainEnvelopeSplit(fits: boolean, v: { requested: string; envelope: string; allocated: string }) {
  return {
    formula: fits
      ? "les demandes tiennent dans l'enveloppe : chaque part est payée comme demandée"
      : "l'enveloppe est répartie au prorata des demandes, au centime, par la méthode du plus fort reste (égalité : le premier)",
    values: { demandes: v.requested, enveloppe: v.envelope, réparti: v.allocated },
  };
}

/** A structure's forecast allocation: its part of the envelope on its forecast request. */
export function explainAllocated(v: { requested: string; allocated: string }) {
  return {
    formula: "part de l'enveloppe attribuée sur la demande prévisionnelle",
    values: { demande: v.requested, attribué: v.allocated },
  };
}

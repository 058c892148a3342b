/**
 * The product's vocabulary: one French label per amount, kind, status and grant, and one meaning
 * per label. The command line, the task pane, the result sheets and the CSV all read their
 * headers here, so an amount is called the same everywhere and two amounts never share a name
 * (the forecast and the final remaining cost are named apart).
 *
 * Domain words keep their French name in code where English has none: acompte (advance), solde
 * (balance), reversement (repayment), forfait (the State's flat-rate grant).
 */
import type { Amounts, BudgetYear, PaymentKind } from "./engine/types";
import type { DeductionMode } from "./scenario/schema";
import type { FinalRule } from "./rules/finalPayment";
import type { ShareReading } from "./rules/share";
import type { ParameterStatus } from "./parameters/types";

/** A term as users read it: the full label (headers, forms), a short one (narrow columns, charts). */
export interface Term {
  /** Full label, e.g. « Attribution prévisionnelle ». */
  readonly label: string;
  /** Short label for narrow places, e.g. « Attribué ». */
  readonly short: string;
}

const term = (label: string, short: string = label): Term => ({ label, short });

/** Every amount of a result ({@link Amounts}); a missing one fails to compile. */
export const AMOUNT_TERMS: Readonly<Record<keyof Amounts, Term>> = {
  payroll: term("Masse salariale", "Masse sal."),
  otherCosts: term("Autres charges"),
  forfait: term("Forfait de l'État", "Forfait État"),
  otherResources: term("Autres ressources", "Autres ress."),
  investmentGrants: term("Subventions d'investissement", "Subv. invest."),
  deduction: term("Déduction"),
  requested: term("Part du Département demandée", "Part demandée"),
  allocated: term("Attribution prévisionnelle", "Attribué"),
  advance: term("Acompte"),
  actualPayroll: term("Masse salariale réalisée", "Masse réalisée"),
  finalRequested: term("Demande finale"),
  final: term("Attribution finale", "Att. finale"),
  balance: term("Solde (négatif : reversement)", "Solde"),
  repayment: term("Reversement"),
  remainingCost: term("Reste à charge prévisionnel", "RAC prévu"),
  finalRemainingCost: term("Reste à charge final", "RAC final"),
};

/** Figures that are not amounts of a structure but are shown beside them. */
export const OTHER_TERMS = {
  envelope: term("Enveloppe des subventions", "Enveloppe"),
  unused: term("Enveloppe non attribuée", "Non attribué"),
  finalUnused: term("Crédits non consommés", "Non consommé"),
  balanceRate: term("Taux d'équilibre"),
  exercice: term("Exercice budgétaire", "Exercice"),
  date: term("Date"),
  kind: term("Nature"),
  share: term("Part du Département"),
  fte: term("Équivalents temps plein", "ETP"),
  achievement: term("Taux d'atteinte des objectifs", "Taux d'atteinte"),
  manager: term("Gestionnaire"),
  structure: term("Structure"),
  year: term("Année"),
} as const satisfies Record<string, Term>;

/** How a structure is run. */
export const KIND_TERMS = {
  fixe: term("Fixe"),
  itinerante: term("Itinérante (bus)", "Itinérante"),
  laposte: term("Hébergée par La Poste", "La Poste"),
} as const satisfies Record<string, Term>;

/** An agent's employment status (its employer contributions). */
export const AGENT_STATUS_TERMS = {
  titulaire: term("Titulaire (CNRACL)", "Titulaire"),
  contractuel: term("Contractuel (IRCANTEC)", "Contractuel"),
} as const satisfies Record<string, Term>;

/** A parameter's status: published, estimated, or a choice of the product. */
export const PARAMETER_STATUS_TERMS: Readonly<Record<ParameterStatus, Term>> = {
  source: term("Source publiée", "source"),
  estimate: term("Estimation", "estimation"),
  decision: term("Choix du produit", "décision"),
};

/** The grants a resource can name (their amounts are dated parameters). */
export const GRANT_TERMS = {
  bus_banque_territoires: term("Banque des Territoires : nouveau bus", "Bus (BdT)"),
  conseiller_numerique_annee1: term("Conseiller numérique : 1re année", "CNum 1re année"),
  conseiller_numerique_annees2_3: term("Conseiller numérique : 2e et 3e années", "CNum années 2-3"),
} as const satisfies Record<string, Term>;

/** What the departmental rule deducts from the payroll. */
export const DEDUCTION_TERMS: Readonly<Record<DeductionMode, Term>> = {
  forfait: term("Forfait de l'État entier", "forfait"),
  etat: term("Part État (FNADT) du forfait", "part État"),
  forfait_et_ressources: term("Forfait et autres ressources", "forfait et ressources"),
};

/** How the final amount follows the evaluation (`rules.finalPayment`). */
export const FINAL_RULE_TERMS: Readonly<Record<FinalRule, Term>> = {
  plafonne: term("Plafonné au montant de la convention", "plafonné"),
  redistribue: term("Enveloppe répartie à nouveau sur le réalisé", "redistribué"),
};

/** The reading of « 80 % de la masse salariale après déduction du forfait » (`rules.shareBase`). */
export const SHARE_READING_TERMS: Readonly<Record<ShareReading, Term>> = {
  masse_moins_forfait: term("taux × (masse salariale − déduction)", "taux × (masse − déduction)"),
  part_moins_forfait: term("taux × masse salariale − déduction", "taux × masse − déduction"),
};

/** What a payment is. */
export const PAYMENT_KIND_TERMS: Readonly<Record<PaymentKind, Term>> = {
  acompte: term("Acompte"),
  solde: term("Solde"),
  reversement: term("Reversement (titre de recette)", "Reversement"),
};

/** The figures of one budget year. */
export const BUDGET_YEAR_TERMS: Readonly<Record<keyof BudgetYear, Term>> = {
  advances: term("Acomptes versés", "Acomptes"),
  balances: term("Soldes versés", "Soldes"),
  repayments: term("Reversements (recettes)", "Reversements"),
  otherExpenses: term("Autres dépenses du Département", "Autres dépenses"),
  otherReceipts: term("Autres recettes du Département", "Autres recettes"),
  total: term("Coût net de l'exercice", "Net"),
};

/** Whether an item recurs. */
export const RECURRENCE_TERMS = {
  annuelle: term("Annuelle"),
  ponctuelle: term("Ponctuelle (une seule année)", "Ponctuelle"),
} as const satisfies Record<string, Term>;

/** What a resource pays for: operations (inside the remaining cost) or investment (shown apart). */
export const NATURE_TERMS = {
  fonctionnement: term("Fonctionnement"),
  investissement: term("Investissement (montré à part)", "Investissement"),
} as const satisfies Record<string, Term>;

/** A line of the Département's budget. */
export const BUDGET_LINE_TERMS = {
  depense: term("Dépense"),
  recette: term("Recette"),
} as const satisfies Record<string, Term>;

/** The label of a key of one of these tables, or the key itself when it is unknown (free text stays visible). */
export function labelOf(terms: Readonly<Record<string, Term>>, key: string, short = false): string {
  const t = Object.prototype.hasOwnProperty.call(terms, key) ? terms[key] : undefined;
  return t ? (short ? t.short : t.label) : key;
}

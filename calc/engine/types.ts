import type { Issue } from "../errors";
import type { FinalRule } from "../rules/finalPayment";
import type { ShareReading } from "../rules/share";
import type { ParameterUse } from "../parameters/types";
import type { Trace } from "./trace";

/** An amount in euros as an exact decimal string with two decimals, e.g. `"409045.00"`. */
export type Euros = string;

/** Something a user should know about a result; not an error. */
export interface Warning {
  code:
    | "moins_de_2_agents"
    | "moins_de_2_etp"
    | "surfinancement"
    | "redistribution"
    | "credits_non_consommes"
    | "non_labellisee"
    | "enveloppe_non_utilisee"
    | "enveloppe_depassee"
    | "parametre_estime"
    | "reversement"
    | "objectifs_non_atteints";
  /** Where it applies, e.g. `managers[2].structures[0]`; empty for the whole convention. */
  path: string;
  message: string;
}

/** One agent line of a structure. */
export interface AgentResult {
  name: string;
  /** Annual loaded cost of a full-time year. */
  loadedCost: Euros;
  /** Payroll of the line in the year. */
  payroll: Euros;
  traces?: { loadedCost?: Trace; payroll?: Trace };
}

/** Amounts of one structure (and, summed, of a manager or the convention). */
export interface Amounts {
  /** Forecast payroll (masse salariale chargée). */
  payroll: Euros;
  /** Other operating costs (premises, IT, travel): outside the departmental rule, inside the remaining cost. */
  otherCosts: Euros;
  /** State forfait of the year. */
  forfait: Euros;
  /** Other operating resources of the year (operators, grants, local contributions). */
  otherResources: Euros;
  /** Investment grants of the year (a bus's): shown apart, outside the operating computation. */
  investmentGrants: Euros;
  /** What the rule deducts from the payroll. */
  deduction: Euros;
  /** Departmental share requested on the forecast payroll (before the envelope). */
  requested: Euros;
  /** Forecast allocation under the envelope. */
  allocated: Euros;
  /** Acompte paid at signature. */
  advance: Euros;
  /** Payroll of the year as reported at the evaluation (the forecast when none is reported). */
  actualPayroll: Euros;
  /** Departmental share on the actual payroll times the achievement ratio, before the envelope. */
  finalRequested: Euros;
  /** Final amount after the evaluation, under the final-payment rule (`rules.finalPayment`). */
  final: Euros;
  /** Solde: final − acompte; negative means a repayment (reversement). */
  balance: Euros;
  /** Sum of the negative balances, as a positive amount. */
  repayment: Euros;
  /** Reste à charge on the forecast: payroll + other costs − forfait − other resources − allocation. */
  remainingCost: Euros;
  /** Reste à charge after the evaluation, on the actual payroll and the final allocation. */
  finalRemainingCost: Euros;
}

/** The amounts of {@link Amounts}, in the order the results, sheets and exports list them. */
export const AMOUNT_KEYS = [
  "payroll",
  "otherCosts",
  "forfait",
  "otherResources",
  "investmentGrants",
  "deduction",
  "requested",
  "allocated",
  "advance",
  "actualPayroll",
  "finalRequested",
  "final",
  "balance",
  "repayment",
  "remainingCost",
  "finalRemainingCost",
] as const satisfies readonly (keyof Amounts)[];

/** Fails to compile when an amount is added to {@link Amounts} and not to {@link AMOUNT_KEYS}. */
const EVERY_AMOUNT_LISTED: Exclude<keyof Amounts, (typeof AMOUNT_KEYS)[number]> extends never ? true : never = true;
void EVERY_AMOUNT_LISTED;

export interface StructureResult extends Amounts {
  path: string;
  managerId: string;
  id: string;
  name: string;
  kind: string;
  labelled: boolean;
  /** Months of forfait in the year (labelled and open). */
  forfaitMonths: string;
  /** Σ FTE × assignment of the agents. */
  fte: string;
  /** Weighted share of objectives met (1 when all are met). */
  achievement: string;
  agents: AgentResult[];
  traces?: Partial<Record<keyof Amounts, Trace>>;
}

export interface ManagerResult extends Amounts {
  path: string;
  id: string;
  name: string;
  kind: string;
  pooled: boolean;
  structures: number;
  fte: string;
}

export interface Totals extends Amounts {
  envelope: Euros;
  /** Envelope − forecast allocation (0 when the envelope binds). */
  unused: Euros;
  /** Envelope − final amounts: under the capped rule, the credits left unspent (« crédits non consommés »). */
  finalUnused: Euros;
  structures: number;
  agents: number;
  fte: string;
}

/** What a payment is: the acompte at signature, the solde after the evaluation, or a repayment claimed (a receipt). */
export type PaymentKind = "acompte" | "solde" | "reversement";

/** One payment of the convention, to or from one structure's manager. */
export interface Payment {
  managerId: string;
  structureId: string;
  kind: PaymentKind;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** The budget year it is booked in: the year of its date. */
  exercice: number;
  /** Positive: paid by the Département, or, for a reversement, received by it. */
  amount: Euros;
}

/** The Département's figures for one budget year (exercice). */
export interface BudgetYear {
  /** Acomptes paid in the year. */
  advances: Euros;
  /** Soldes paid in the year. */
  balances: Euros;
  /** Reversements claimed in the year (titres de recette): receipts. */
  repayments: Euros;
  /** The Département's other expenses booked in the year (coordinator, legal support…). */
  otherExpenses: Euros;
  /** The Département's other receipts booked in the year. */
  otherReceipts: Euros;
  /** advances + balances + other expenses − repayments − other receipts. */
  total: Euros;
}

/** The figures of a budget year, in the order the result, the comparison, the command line and the workbook list them. */
export const BUDGET_YEAR_KEYS = [
  "advances",
  "balances",
  "repayments",
  "otherExpenses",
  "otherReceipts",
  "total",
] as const satisfies readonly (keyof BudgetYear)[];

/** The Département's budget for the convention: its lines, their totals and the gap to the stated total. */
export interface BudgetResult {
  lines: { label: string; type: "depense" | "recette"; amount: Euros; parameter?: ParameterUse }[];
  expenses: Euros;
  receipts: Euros;
  /** Expenses − receipts. */
  net: Euros;
  /** The total the Département states, when known; shown beside the sum, never forced to match. */
  statedTotal?: Euros;
  /** Expenses − stated total. */
  gap?: Euros;
  /** The convention's payments and other lines by the budget year they are booked in (`"2022"`, `"2023"`). */
  byExercice: Record<string, BudgetYear>;
  /**
   * Taux d'équilibre: the largest rate, to 4 decimals rounded down, at which every request fits
   * the envelope (`"1.0000"` when they fit at 100 %).
   */
  balanceRate: string;
}

/** Everything computed for one convention year. */
export interface ConventionResult {
  year: number;
  title?: string;
  illustrative: boolean;
  rules: {
    rate: string;
    deduction: string;
    advanceRate: string;
    envelope: Euros;
    capPerStructure?: Euros;
    pooling: boolean;
    evaluated: boolean;
    finalPayment: FinalRule;
    shareBase: ShareReading;
    /** The convention's acompte and solde dates (a manager may have its own: see `payments`). */
    advanceDate: string;
    balanceDate: string;
  };
  structures: StructureResult[];
  managers: ManagerResult[];
  totals: Totals;
  budget: BudgetResult;
  /** Every payment: for each structure, its acompte, then its solde or reversement. */
  payments: Payment[];
  warnings: Warning[];
  /** Every parameter value used, with source and status. */
  parametersUsed: ParameterUse[];
  traces?: { envelope?: Trace; allocation?: Trace };
}

/** What a computation returns: a result, or every problem that prevented it. */
export type ComputeOutcome = { ok: true; result: ConventionResult } | { ok: false; issues: Issue[] };

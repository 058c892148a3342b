import { AMOUNT_TERMS, OTHER_TERMS, PAYMENT_KIND_TERMS } from "../../glossary";
import { AMOUNT_KEYS } from "../../engine/types";
import { Layout, type Column } from "./sheet";

/** The sheets' names, as a manager reads them in the tabs. */
export const SHEETS = {
  convention: "Convention",
  managers: "Gestionnaires",
  structures: "Structures",
  agents: "Agents",
  schedule: "Échéancier",
  allocation: "Répartition",
  budget: "Budget",
  parameters: "Paramètres",
} as const;

const money = (key: string, header: string, width = 15): Column => ({ key, header, width, format: "money" });
const a = AMOUNT_TERMS;

export const AGENTS = new Layout(SHEETS.agents, [
  { key: "manager", header: OTHER_TERMS.manager.label, width: 16 },
  { key: "structure", header: OTHER_TERMS.structure.label, width: 16 },
  { key: "name", header: "Agent", width: 22 },
  { key: "status", header: "Statut", width: 14 },
  { key: "im", header: "Indice majoré", width: 10, format: "integer" },
  money("base", "Traitement indiciaire annuel"),
  money("gross", "Brut annuel"),
  { key: "rate", header: "Taux de charges patronales", width: 12, format: "rate" },
  money("cost", "Coût chargé annuel"),
  { key: "fte", header: "Quotité", width: 9, format: "decimal" },
  { key: "months", header: "Mois", width: 7, format: "decimal" },
  { key: "assignment", header: "Affectation France Services", width: 12, format: "rate" },
  { key: "etp", header: OTHER_TERMS.fte.short, width: 8, format: "decimal" },
  money("payroll", a.payroll.label),
] as const);

/** The first columns of a structure's row: its manager, identifier and name. */
const IDENTITY = [
  { key: "manager", header: OTHER_TERMS.manager.label, width: 16 },
  { key: "id", header: "Identifiant", width: 14 },
  { key: "name", header: OTHER_TERMS.structure.label, width: 30 },
] as const;

export const STRUCTURES = new Layout(SHEETS.structures, [
  ...IDENTITY,
  { key: "kind", header: "Type", width: 14 },
  { key: "since", header: "Labellisée depuis", width: 12, format: "date" },
  { key: "labelled", header: "Mois labellisés dans l'année", width: 11, format: "decimal" },
  { key: "open", header: "Mois d'ouverture", width: 10, format: "decimal" },
  { key: "forfaitMonths", header: "Mois de forfait", width: 10, format: "decimal" },
  { key: "fte", header: OTHER_TERMS.fte.short, width: 8, format: "decimal" },
  money("payroll", a.payroll.label),
  money("otherCosts", a.otherCosts.label),
  money("forfait", a.forfait.label),
  money("otherResources", a.otherResources.label),
  money("investmentGrants", a.investmentGrants.label),
  money("deducted", "Ressources déduites"),
  money("deduction", a.deduction.label),
  money("cap", "Plafond"),
  money("ownShare", "Part selon la règle"),
  money("requested", a.requested.label),
  money("allocated", a.allocated.label),
  money("advance", a.advance.label),
  money("actualPayroll", a.actualPayroll.label),
  { key: "met", header: "Objectifs atteints (poids)", width: 10, format: "decimal" },
  { key: "weights", header: "Objectifs (poids total)", width: 10, format: "decimal" },
  { key: "achievement", header: OTHER_TERMS.achievement.label, width: 11, format: "rate" },
  money("finalShare", "Part sur le réalisé"),
  money("finalRequested", a.finalRequested.label),
  money("final", a.final.label),
  money("balance", a.balance.label),
  money("repayment", a.repayment.label),
  money("remainingCost", a.remainingCost.label),
  money("finalRemainingCost", a.finalRemainingCost.label),
] as const);

/** One row per payment: who, what, when, in which budget year, how much. */
export const SCHEDULE = new Layout(SHEETS.schedule, [
  ...IDENTITY,
  { key: "kind", header: OTHER_TERMS.kind.label, width: 26 },
  { key: "date", header: OTHER_TERMS.date.label, width: 12, format: "date" },
  { key: "exercice", header: OTHER_TERMS.exercice.label, width: 11, format: "integer" },
  money("amount", "Montant", 16),
] as const);

type AmountKey = (typeof AMOUNT_KEYS)[number];
const amountColumns = AMOUNT_KEYS.map((k) => money(k, a[k].label)) as (Column & { key: AmountKey })[];

export const MANAGERS = new Layout(SHEETS.managers, [
  { key: "id", header: "Identifiant", width: 16 },
  { key: "name", header: OTHER_TERMS.manager.label, width: 30 },
  { key: "kind", header: "Type", width: 9 },
  { key: "pooled", header: "Mutualisé", width: 10 },
  { key: "structures", header: "Structures", width: 10, format: "integer" },
  { key: "fte", header: OTHER_TERMS.fte.short, width: 8, format: "decimal" },
  { key: "advanceDate", header: `${OTHER_TERMS.date.label} : ${PAYMENT_KIND_TERMS.acompte.label}`, width: 12, format: "date" },
  { key: "balanceDate", header: `${OTHER_TERMS.date.label} : ${PAYMENT_KIND_TERMS.solde.label}`, width: 12, format: "date" },
  ...amountColumns,
  money("poolRequested", "Demande mutualisée"),
  money("poolAllocated", "Attribution mutualisée"),
  money("poolAdvance", "Acompte mutualisé"),
  { key: "poolAchievement", header: "Taux d'atteinte mutualisé", width: 11, format: "rate" },
  money("poolFinalShare", "Part mutualisée sur le réalisé"),
  money("poolFinalRequested", "Demande finale mutualisée"),
  money("poolFinal", "Attribution finale mutualisée"),
  money("poolCheck", "Contrôle : Σ des structures − mutualisé (0 attendu)"),
] as const);

const ALLOCATION_COLUMNS = [
  { key: "id", header: "Bénéficiaire", width: 16 },
  { key: "name", header: "Nom", width: 30 },
  { key: "kind", header: "Type", width: 14 },
  money("requested", a.requested.label),
  { key: "quota", header: "Quote-part exacte (centimes)", width: 18, format: "exact" },
  { key: "floor", header: "Centimes entiers", width: 14, format: "integer" },
  { key: "remainder", header: "Reste", width: 11, format: "exact" },
  { key: "rank", header: "Rang du reste", width: 9, format: "integer" },
  money("allocated", a.allocated.label),
  money("atBalanceRate", `Demande au ${OTHER_TERMS.balanceRate.label.toLowerCase()}`),
  money("aboveBalanceRate", `Demande au ${OTHER_TERMS.balanceRate.label.toLowerCase()} + 0,0001`),
  money("finalRequested", a.finalRequested.label),
  { key: "finalQuota", header: "Quote-part finale (centimes)", width: 18, format: "exact" },
  { key: "finalFloor", header: "Centimes entiers (final)", width: 14, format: "integer" },
  { key: "finalRemainder", header: "Reste (final)", width: 11, format: "exact" },
  { key: "finalRank", header: "Rang du reste (final)", width: 9, format: "integer" },
  money("final", a.final.label),
] as const;

/** Répartition: the envelope shared on the requests, and on the final requests under the « redistribué » rule. */
export const ALLOCATION = new Layout(SHEETS.allocation, ALLOCATION_COLUMNS);
/** Répartition under the « plafonné » rule: the forecast sharing only (each final amount is capped on its payee's row). */
export const ALLOCATION_FORECAST = new Layout<(typeof ALLOCATION_COLUMNS)[number]["key"]>(
  SHEETS.allocation,
  ALLOCATION_COLUMNS.filter((c) => !/^final/.test(c.key)),
);

export const BUDGET = new Layout(SHEETS.budget, [
  { key: "label", header: "Ligne", width: 44 },
  { key: "type", header: "Type", width: 12 },
  { key: "exercice", header: OTHER_TERMS.exercice.label, width: 11, format: "integer" },
  money("amount", "Montant", 16),
  { key: "parameter", header: "Paramètre", width: 30 },
] as const);

export const PARAMETERS = new Layout(SHEETS.parameters, [
  { key: "name", header: "Paramètre", width: 34 },
  { key: "label", header: "Libellé", width: 40 },
  { key: "value", header: "Valeur", width: 14, format: "decimal" },
  { key: "unit", header: "Unité", width: 12 },
  { key: "from", header: "En vigueur depuis", width: 12, format: "date" },
  { key: "status", header: "Statut", width: 16 },
  { key: "source", header: "Source", width: 70 },
] as const);

import {
  DEDUCTION_MODES,
  FINAL_RULES,
  GRANTS,
  NATURES,
  RECURRENCES,
  SCENARIO_FIELD_LABELS,
  SHARE_READINGS,
  STRUCTURE_KINDS,
} from "../../../calc";
import type { ColumnDef, ColumnKind } from "./spec";

/**
 * The input tables of a convention: one Excel table per list of the scenario, in the order a
 * finance team fills them. Rows refer to their parent by identifier (a structure names its
 * gestionnaire, an agent its structure).
 */

export const MANAGER_KINDS = ["EPCI", "PETR", "commune", "association", "La Poste"] as const;
export const YES_NO = ["oui", "non"] as const;

export interface InputTableDef {
  role: string;
  sheet: string;
  table: string;
  /** Path of the list in the scenario, for messages. */
  what: string;
  /** Key of the column naming the parent row, if any. */
  parent?: "manager" | "structure";
  columns: readonly ColumnDef[];
}

const c = (key: string, header: string, kind: ColumnKind, choices?: readonly string[]): ColumnDef => ({
  key,
  header,
  kind,
  ...(choices ? { choices } : {}),
});
/** A column added with issue 12: tables created before it still read (the column reads as blank). */
const added = (key: string, header: string, kind: ColumnKind, choices?: readonly string[]): ColumnDef => ({
  ...c(key, header, kind, choices),
  optional: true,
});

export const MANAGERS: InputTableDef = {
  role: "saisie.gestionnaires",
  sheet: "Gestionnaires",
  table: "FS_Gestionnaires",
  what: "gestionnaires",
  columns: [
    c("id", "Identifiant", "id"),
    c("name", "Nom", "text"),
    c("kind", "Type", "choice", MANAGER_KINDS),
    c("pooled", "Mutualisation", "bool", YES_NO),
    added("advanceDate", SCENARIO_FIELD_LABELS.advanceDate, "date"),
    added("balanceDate", SCENARIO_FIELD_LABELS.balanceDate, "date"),
  ],
};

export const STRUCTURES: InputTableDef = {
  role: "saisie.structures",
  sheet: "Structures",
  table: "FS_Structures",
  what: "structures",
  parent: "manager",
  columns: [
    c("manager", "Gestionnaire (identifiant)", "id"),
    c("id", "Identifiant", "id"),
    c("name", "Nom", "text"),
    c("kind", "Type", "choice", STRUCTURE_KINDS),
    c("labelledSince", "Labellisée depuis", "date"),
    c("monthsOpen", "Mois d'ouverture", "months"),
    c("cap", "Plafond de la part", "money"),
    c("otherCosts", "Autres charges", "money"),
    c("actualPayroll", "Masse salariale réalisée", "money"),
  ],
};

export const AGENTS: InputTableDef = {
  role: "saisie.agents",
  sheet: "Agents",
  table: "FS_Agents",
  what: "agents",
  parent: "structure",
  columns: [
    c("structure", "Structure (identifiant)", "id"),
    c("name", "Nom", "text"),
    c("status", "Statut", "choice", ["titulaire", "contractuel"]),
    c("indiceMajore", "Indice majoré", "integer"),
    c("loadedCost", "Coût chargé annuel", "money"),
    c("grossSalary", "Brut annuel", "money"),
    c("employerRate", "Taux de charges", "rate"),
    c("fte", "Quotité (ETP)", "fte"),
    c("months", "Mois", "months"),
    c("assignment", "Affectation France Services", "rate"),
  ],
};

export const RESOURCES: InputTableDef = {
  role: "saisie.ressources",
  sheet: "Ressources",
  table: "FS_Ressources",
  what: "ressources",
  parent: "structure",
  columns: [
    c("structure", "Structure (identifiant)", "id"),
    c("label", "Libellé", "text"),
    c("amount", "Montant", "money"),
    c("grant", "Subvention paramétrée", "choice", GRANTS),
    c("deducted", "Déduite de la masse salariale", "bool", YES_NO),
    added("nature", SCENARIO_FIELD_LABELS.nature, "choice", NATURES),
    added("recurrence", SCENARIO_FIELD_LABELS.recurrence, "choice", RECURRENCES),
    added("year", "Année (ressource ponctuelle)", "integer"),
  ],
};

export const OBJECTIVES: InputTableDef = {
  role: "saisie.objectifs",
  sheet: "Objectifs",
  table: "FS_Objectifs",
  what: "objectifs",
  parent: "structure",
  columns: [
    c("structure", "Structure (identifiant)", "id"),
    c("label", "Objectif", "text"),
    c("weight", "Poids", "decimal"),
    c("met", "Atteint", "bool", YES_NO),
  ],
};

export const BUDGET: InputTableDef = {
  role: "saisie.budget",
  sheet: "Budget",
  table: "FS_Budget",
  what: "lignes du budget",
  columns: [
    c("label", "Libellé", "text"),
    c("type", "Type", "choice", ["depense", "recette"]),
    c("amount", "Montant", "money"),
    c("parameter", "Paramètre", "text"),
  ],
};

/** The lists of the scenario, in sheet order after the convention sheet. */
export const INPUT_TABLES = [MANAGERS, STRUCTURES, AGENTS, RESOURCES, OBJECTIVES, BUDGET] as const;

/** The convention sheet: one value per row, read back by its label. */
export const CONVENTION = {
  role: "saisie.convention",
  sheet: "Convention",
  table: "FS_Convention",
  rows: [
    { key: "year", label: "Année de la convention", kind: "integer" },
    { key: "title", label: "Titre", kind: "text" },
    { key: "description", label: "Description", kind: "text" },
    { key: "illustrative", label: "Exemple illustratif", kind: "bool", choices: YES_NO },
    { key: "rules.rate", label: "Taux du Département (vide : paramètre)", kind: "rate" },
    { key: "rules.deduction", label: "Déduction", kind: "choice", choices: DEDUCTION_MODES },
    { key: "rules.advanceRate", label: "Taux d'acompte (vide : paramètre)", kind: "rate" },
    { key: "rules.envelope", label: "Enveloppe (vide : paramètre)", kind: "money" },
    { key: "rules.capPerStructure", label: "Plafond par structure", kind: "money" },
    { key: "rules.pooling", label: "Mutualisation par gestionnaire", kind: "bool", choices: YES_NO },
    { key: "rules.finalPayment", label: SCENARIO_FIELD_LABELS.finalPayment, kind: "choice", choices: FINAL_RULES },
    { key: "rules.shareBase", label: SCENARIO_FIELD_LABELS.shareBase, kind: "choice", choices: SHARE_READINGS },
    { key: "rules.advanceDate", label: `${SCENARIO_FIELD_LABELS.advanceDate} (vide : 15 décembre)`, kind: "date" },
    { key: "rules.balanceDate", label: `${SCENARIO_FIELD_LABELS.balanceDate} (vide : 30 juin suivant)`, kind: "date" },
    { key: "budget.statedTotal", label: "Coût total déclaré (vide : paramètre)", kind: "money" },
  ] as const satisfies readonly { key: string; label: string; kind: ColumnKind; choices?: readonly string[] }[],
};

/** Headers of the convention table. */
export const CONVENTION_HEADERS = ["Paramètre", "Valeur"] as const;

/** Every role of an input sheet. */
export const INPUT_ROLES = [CONVENTION.role, ...INPUT_TABLES.map((t) => t.role)];

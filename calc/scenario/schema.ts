import { z } from "zod";
import { FINAL_RULES } from "../rules/finalPayment";
import { STRUCTURE_KINDS } from "../rules/forfait";
import { SHARE_READINGS } from "../rules/share";
import { DECIMAL, fte, id, indiceMajore, isoDate, longText, money, months, rate, text, weight, year } from "./fields";
import { LIMITS } from "./limits";

function oneOf<T extends string>(values: readonly [T, ...T[]]) {
  return z.enum(values);
}

function list<T extends z.ZodType>(item: T, max: number, what: string) {
  const de = /^[aeiouéh]/i.test(what) ? "d'" : "de ";
  return z.array(item).max(max, `trop ${de}${what} (${max} au plus)`);
}

/** What is deducted from the payroll before the rate applies. */
export const DEDUCTION_MODES = ["forfait", "etat", "forfait_et_ressources"] as const;

/** Grants whose amount is a dated parameter. */
export const GRANTS = ["bus_banque_territoires", "conseiller_numerique_annee1", "conseiller_numerique_annees2_3"] as const;

/** Whether an item comes back every year or only once (a one-off: in its year only). */
export const RECURRENCES = ["annuelle", "ponctuelle"] as const;

/** Operating money (inside the remaining cost) or investment money (shown apart, outside it). */
export const NATURES = ["fonctionnement", "investissement"] as const;

/** One agent line. Exactly one way of giving its cost: loaded cost, gross salary, or indice majoré. */
export const AgentSchema = z
  .object({
    name: text.optional(),
    status: oneOf(["titulaire", "contractuel"]).optional(),
    loadedCost: money.optional(),
    grossSalary: money.optional(),
    employerRate: rate.optional(),
    indiceMajore: indiceMajore.optional(),
    fte: fte.default(1),
    months: months.default(12),
    assignment: rate.default(1),
  })
  .strict();

export const ResourceSchema = z
  .object({
    label: text,
    amount: money.optional(),
    grant: oneOf(GRANTS).optional(),
    deducted: z.boolean().default(false),
    /** Default: « investissement » for the bus grant, « fonctionnement » otherwise. */
    nature: oneOf(NATURES).optional(),
    /** Default: « ponctuelle » for the bus grant and the first-year grant, « annuelle » otherwise. */
    recurrence: oneOf(RECURRENCES).optional(),
    /** The year of a one-off resource; default: the scenario's year. */
    year: year.optional(),
  })
  .strict();

export const ObjectiveSchema = z
  .object({
    label: text,
    weight: weight.default(1),
    met: z.boolean().default(true),
  })
  .strict();

export const StructureSchema = z
  .object({
    id,
    name: text,
    kind: oneOf(STRUCTURE_KINDS).default("fixe"),
    labelledSince: isoDate.nullable().default(null),
    monthsOpen: months.default(12),
    cap: money.optional(),
    agents: list(AgentSchema, LIMITS.agentsPerStructure, "agents").default([]),
    otherCosts: money.default(0),
    resources: list(ResourceSchema, LIMITS.resourcesPerStructure, "ressources").default([]),
    objectives: list(ObjectiveSchema, LIMITS.objectivesPerStructure, "objectifs").default([]),
    actualPayroll: money.optional(),
  })
  .strict();

export const ManagerSchema = z
  .object({
    id,
    name: text,
    kind: oneOf(["EPCI", "PETR", "commune", "association", "La Poste"]).default("EPCI"),
    pooled: z.boolean().optional(),
    /** This manager's acompte date, when not the convention's (rules.advanceDate). */
    advanceDate: isoDate.optional(),
    /** This manager's solde date, when not the convention's (rules.balanceDate). */
    balanceDate: isoDate.optional(),
    structures: list(StructureSchema, LIMITS.structuresPerManager, "structures"),
  })
  .strict();

export const RulesSchema = z
  .object({
    rate: rate.optional(),
    deduction: oneOf(DEDUCTION_MODES).default("forfait"),
    advanceRate: rate.optional(),
    envelope: money.optional(),
    capPerStructure: money.optional(),
    pooling: z.boolean().default(false),
    /** How the final amount follows the evaluation: capped at the convention amount (default), or the envelope shared again. */
    finalPayment: oneOf(FINAL_RULES).default("plafonne"),
    /** The reading of « 80 % de la masse salariale après déduction du forfait ». */
    shareBase: oneOf(SHARE_READINGS).default("masse_moins_forfait"),
    /** Date of the acomptes of the scenario's year; default 15 December of that year. */
    advanceDate: isoDate.optional(),
    /** Date of the soldes of the scenario's year; default 30 June of the next year. */
    balanceDate: isoDate.optional(),
  })
  .strict();

export const BudgetLineSchema = z
  .object({
    label: text,
    type: oneOf(["depense", "recette"]),
    amount: money.optional(),
    parameter: z.string().max(LIMITS.parameterName).optional(),
    /** « annuelle » (default) every year; « ponctuelle » only in its year. */
    recurrence: oneOf(RECURRENCES).default("annuelle"),
    /** The year of a one-off line; default: the scenario's year. */
    year: year.optional(),
  })
  .strict();

export const BudgetSchema = z
  .object({
    statedTotal: money.optional(),
    // Optional, not defaulted: without lines the budget uses the default ones (coordinator, legal support).
    lines: list(BudgetLineSchema, LIMITS.budgetLines, "lignes").optional(),
  })
  .strict();

const OverrideSchema = z.union([
  z.number(),
  z.string().regex(DECIMAL),
  z
    .array(z.object({ from: isoDate, value: z.union([z.number(), z.string().regex(DECIMAL)]) }).strict())
    .min(1, "au moins une valeur datée")
    .max(LIMITS.datedValues, `${LIMITS.datedValues} valeurs datées au plus`),
]);

/** A departmental convention: its year, rules, managers and their structures, and the department budget. */
export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    title: text.optional(),
    description: longText.optional(),
    illustrative: z.boolean().optional(),
    year,
    // prefault, not default: the empty rules go through RulesSchema, which fills in their defaults.
    rules: RulesSchema.prefault({}),
    parameters: z.record(z.string(), OverrideSchema).default({}),
    managers: list(ManagerSchema, LIMITS.managers, "gestionnaires").min(1, "au moins un gestionnaire"),
    budget: BudgetSchema.optional(),
  })
  .strict();

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated scenario, defaults applied. */
export type Scenario = z.output<typeof ScenarioSchema>;
/** One manager of a validated scenario (intercommunality, PETR, commune, association) with its structures. */
export type Manager = Scenario["managers"][number];
/** One France Services structure of a validated scenario, with its agents, resources and objectives. */
export type Structure = Manager["structures"][number];
/** One agent line of a validated scenario: its status, its cost given one way, FTE, months and assignment. */
export type Agent = Structure["agents"][number];
/** Another resource of a structure: an amount, or a grant whose amount is a dated parameter. */
export type Resource = Structure["resources"][number];
/** One objective of a structure, weighted, met or not (see {@link achievement}). */
export type Objective = Structure["objectives"][number];
/** One line of the Département's budget: an expense or a receipt. */
export type BudgetLine = NonNullable<NonNullable<Scenario["budget"]>["lines"]>[number];
/** What is deducted from the payroll before the rate applies: one of {@link DEDUCTION_MODES}. */
export type DeductionMode = (typeof DEDUCTION_MODES)[number];

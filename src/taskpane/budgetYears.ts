import { BUDGET_YEAR_TERMS, type BudgetYear } from "../../calc";

/** The figures of a budget year, in the glossary's order (acomptes, soldes, reversements, other lines, net). */
export const BUDGET_YEAR_KEYS = Object.keys(BUDGET_YEAR_TERMS) as (keyof BudgetYear)[];

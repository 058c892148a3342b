import {
  AMOUNT_TERMS,
  OTHER_TERMS,
  dec,
  type ConventionResult,
  type Issue,
  type ParameterUse,
  type Projection,
  type Totals,
  visible,
} from "../calc";
import { amount, budgetYearsTable, estimatesOf, estimatesSection, percent, rulesHeader, table } from "./text";

/**
 * The readable French report of a convention: one row per manager, then the totals. Every text
 * from the scenario (title, names, labels, messages) is shown through {@link visible}: a name
 * holding ANSI escapes cannot move the cursor and rewrite the totals.
 */
export function formatReport(r: ConventionResult): string {
  const out: string[] = [];
  out.push(`${visible(r.title ?? "Convention France Services")} — année ${r.year}`);
  if (r.illustrative) out.push("EXEMPLE ILLUSTRATIF : gestionnaires, structures et montants fictifs.");
  out.push(...rulesHeader(r.rules), "");
  // The last column is the remaining cost after the evaluation (final), not the forecast one.
  const header = [
    OTHER_TERMS.manager.label,
    "Struct.",
    AMOUNT_TERMS.payroll.label,
    AMOUNT_TERMS.forfait.short,
    AMOUNT_TERMS.requested.short,
    AMOUNT_TERMS.allocated.short,
    AMOUNT_TERMS.advance.label,
    AMOUNT_TERMS.final.label,
    AMOUNT_TERMS.balance.short,
    AMOUNT_TERMS.finalRemainingCost.label,
  ];
  const row = (name: string, n: number, a: ConventionResult["totals"] | ConventionResult["managers"][number]) => [
    name,
    String(n),
    amount(a.payroll),
    amount(a.forfait),
    amount(a.requested),
    amount(a.allocated),
    amount(a.advance),
    amount(a.final),
    amount(a.balance),
    amount(a.finalRemainingCost),
  ];
  const rows = r.managers.map((m) => row(visible(m.name), m.structures, m));
  rows.push(row("Total", r.totals.structures, r.totals));
  out.push(table(header, rows), "", "Montants en euros. Solde négatif : reversement par le gestionnaire.");
  out.push(
    "",
    `${OTHER_TERMS.balanceRate.label} : ${percent(r.budget.balanceRate)} (le plus haut taux auquel toutes les demandes tiennent dans l'enveloppe)`,
    `${OTHER_TERMS.finalUnused.label} : ${amount(r.totals.finalUnused)} € (enveloppe − attributions finales, restent au Département)`,
  );
  const repayments = r.structures.filter((s) => dec(s.balance).isNegative());
  if (repayments.length) {
    out.push("", "Reversements :");
    for (const s of repayments) out.push(`  ${visible(s.name)} : ${amount(s.repayment)} €`);
  }
  const stated =
    r.budget.statedTotal === undefined
      ? ""
      : `, coût total déclaré ${amount(r.budget.statedTotal)} € (écart ${amount(r.budget.gap ?? "0")} €)`;
  out.push("", `Budget du Département : dépenses ${amount(r.budget.expenses)} €, recettes ${amount(r.budget.receipts)} €${stated}`);
  for (const l of r.budget.lines) out.push(`  ${l.type === "depense" ? "dépense" : "recette"} : ${visible(l.label)} ${amount(l.amount)} €`);
  out.push("", "Budget du Département par exercice (reversements : recettes) :", budgetYearsTable(r.budget.byExercice));
  // The estimated parameters are listed, with their source, in the closing section rather than as warnings.
  const warnings = r.warnings.filter((w) => w.code !== "parametre_estime");
  if (warnings.length) {
    out.push("", "Avertissements :");
    for (const w of warnings) out.push(`  - ${visible(w.message)}`);
  }
  out.push(...estimatesSection(estimatesOf([r]), false));
  return out.join("\n");
}

/**
 * What the projection text reads of each year: its totals, rules and parameters used (a year's
 * full result need not be kept), and the budget years chained over the period.
 */
export type ProjectionTotals = Pick<Projection, "from" | "to" | "byExercice"> & {
  years: { year: number; totals: Totals; rules: ConventionResult["rules"]; parametersUsed: readonly ParameterUse[] }[];
};

/**
 * A projection: one row per year (the last column is the forecast remaining cost: no evaluation
 * yet), then the Département's budget years chained (year N: the acomptes of convention N and the
 * soldes of convention N − 1), then the estimated or decided parameters with the years they served.
 */
export function formatProjection(p: ProjectionTotals): string {
  const header = [
    OTHER_TERMS.year.label,
    AMOUNT_TERMS.payroll.label,
    AMOUNT_TERMS.forfait.short,
    AMOUNT_TERMS.requested.short,
    AMOUNT_TERMS.allocated.short,
    OTHER_TERMS.envelope.short,
    AMOUNT_TERMS.remainingCost.label,
  ];
  const keys = ["payroll", "forfait", "requested", "allocated", "envelope", "remainingCost"] as const;
  const rows = p.years.map((y) => [String(y.year), ...keys.map((k) => amount(y.totals[k]))]);
  const sum = (k: (typeof keys)[number]) => p.years.reduce((a, y) => a.plus(y.totals[k]), dec(0)).toFixed(2);
  rows.push(["Total", ...keys.map((k) => amount(sum(k)))]);
  const out = [`Projection ${p.from}–${p.to}`];
  if (p.years.length) out.push(...rulesHeader(p.years[0].rules, { year: p.years[0].year }));
  out.push("", table(header, rows));
  out.push(
    "",
    "Budget du Département par exercice (exercice N : acomptes de la convention N, soldes et reversements de la convention N − 1) :",
    budgetYearsTable(p.byExercice),
  );
  out.push(...estimatesSection(estimatesOf(p.years), true));
  return out.join("\n");
}

/** Every issue, one per line, with its path (both shown through {@link visible}: they may quote the scenario). */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `  - ${visible(i.path || "(scénario)")} : ${visible(i.message)} [${i.code}]`).join("\n");
}

import {
  AMOUNT_TERMS,
  DEDUCTION_TERMS,
  OTHER_TERMS,
  dec,
  formatEurosFr,
  labelOf,
  type ConventionResult,
  type Issue,
  type Projection,
  type Totals,
  visible,
} from "../calc";

/** Amount for a terminal table: `409 045,00` (plain spaces keep columns aligned). */
function amount(value: string): string {
  return formatEurosFr(dec(value))
    .replace(/\u202f/g, " ")
    .replace(" €", "");
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1])].join("\n");
}

/**
 * The readable French report of a convention: one row per manager, then the totals. Every text
 * from the scenario (title, names, labels, messages) is shown through {@link visible}: a name
 * holding ANSI escapes cannot move the cursor and rewrite the totals.
 */
export function formatReport(r: ConventionResult): string {
  const out: string[] = [];
  out.push(`${visible(r.title ?? "Convention France Services")} — année ${r.year}`);
  if (r.illustrative) out.push("EXEMPLE ILLUSTRATIF : gestionnaires, structures et montants fictifs.");
  out.push(
    `Règle : ${dec(r.rules.rate).times(100).toString().replace(".", ",")} % de la masse salariale après déduction (${visible(labelOf(DEDUCTION_TERMS, r.rules.deduction, true))}) ; acompte ${dec(r.rules.advanceRate).times(100).toString().replace(".", ",")} % ; enveloppe ${amount(r.rules.envelope)} €`,
    "",
  );
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
  if (r.warnings.length) {
    out.push("", "Avertissements :");
    for (const w of r.warnings) out.push(`  - ${visible(w.message)}`);
  }
  return out.join("\n");
}

/** What the projection table reads of each year: its totals only (a year's full result need not be kept). */
export type ProjectionTotals = Pick<Projection, "from" | "to"> & { years: { year: number; totals: Totals }[] };

/** A projection: one row per year; the last column is the forecast remaining cost (no evaluation yet). */
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
  const rows = p.years.map((y) => [
    String(y.year),
    amount(y.totals.payroll),
    amount(y.totals.forfait),
    amount(y.totals.requested),
    amount(y.totals.allocated),
    amount(y.totals.envelope),
    amount(y.totals.remainingCost),
  ]);
  const sum = (k: "payroll" | "forfait" | "requested" | "allocated" | "envelope" | "remainingCost") =>
    p.years.reduce((a, y) => a.plus(y.totals[k]), dec(0)).toFixed(2);
  rows.push([
    "Total",
    amount(sum("payroll")),
    amount(sum("forfait")),
    amount(sum("requested")),
    amount(sum("allocated")),
    amount(sum("envelope")),
    amount(sum("remainingCost")),
  ]);
  return `Projection ${p.from}–${p.to}\n\n${table(header, rows)}`;
}

/** Every issue, one per line, with its path (both shown through {@link visible}: they may quote the scenario). */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `  - ${visible(i.path || "(scénario)")} : ${visible(i.message)} [${i.code}]`).join("\n");
}

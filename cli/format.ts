import { dec, formatEurosFr, type ConventionResult, type Issue, type Projection } from "../calc";

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

/** The readable French report of a convention: one row per manager, then the totals. */
export function formatReport(r: ConventionResult): string {
  const out: string[] = [];
  out.push(`${r.title ?? "Convention France Services"} — année ${r.year}`);
  if (r.illustrative) out.push("EXEMPLE ILLUSTRATIF : gestionnaires, structures et montants fictifs.");
  out.push(
    `Règle : ${dec(r.rules.rate).times(100).toString().replace(".", ",")} % de la masse salariale après déduction (${r.rules.deduction}) ; acompte ${dec(r.rules.advanceRate).times(100).toString().replace(".", ",")} % ; enveloppe ${amount(r.rules.envelope)} €`,
    "",
  );
  const header = [
    "Gestionnaire",
    "Struct.",
    "Masse salariale",
    "Forfait État",
    "Part demandée",
    "Attribué",
    "Acompte",
    "Attribution finale",
    "Solde",
    "Reste à charge",
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
  const rows = r.managers.map((m) => row(m.name, m.structures, m));
  rows.push(row("Total", r.totals.structures, r.totals));
  out.push(table(header, rows), "", "Montants en euros. Solde négatif : reversement par le gestionnaire.");
  const repayments = r.structures.filter((s) => dec(s.balance).isNegative());
  if (repayments.length) {
    out.push("", "Reversements :");
    for (const s of repayments) out.push(`  ${s.name} : ${amount(s.repayment)} €`);
  }
  const stated =
    r.budget.statedTotal === undefined
      ? ""
      : `, coût total déclaré ${amount(r.budget.statedTotal)} € (écart ${amount(r.budget.gap ?? "0")} €)`;
  out.push("", `Budget du Département : dépenses ${amount(r.budget.expenses)} €, recettes ${amount(r.budget.receipts)} €${stated}`);
  for (const l of r.budget.lines) out.push(`  ${l.type === "depense" ? "dépense" : "recette"} : ${l.label} ${amount(l.amount)} €`);
  if (r.warnings.length) {
    out.push("", "Avertissements :");
    for (const w of r.warnings) out.push(`  - ${w.message}`);
  }
  return out.join("\n");
}

/** A projection: one row per year. */
export function formatProjection(p: Projection): string {
  const header = ["Année", "Masse salariale", "Forfait État", "Part demandée", "Attribué", "Enveloppe", "Reste à charge"];
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

/** Every issue, one per line, with its path. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `  - ${i.path || "(scénario)"} : ${i.message} [${i.code}]`).join("\n");
}

import { labelOf, AGENT_STATUS_TERMS } from "../../glossary";
import { parseStatus } from "../../rules/employerRate";
import { EMPLOYER_RATE_PRESETS } from "../../parameters/data";
import type { Agent } from "../../scenario/schema";
import type { Book, BookStructure } from "./book";
import { monthlyMinimumIndices } from "../../rules/point";
import { cents, centsOf, cmpR, div, mul, nearTie, ofCents, plus, rat, toNumberR, ONE_R, type Rational } from "./exact";
import { AGENTS } from "./layouts";
import { SheetWriter } from "./sheet";

type W = SheetWriter<(typeof AGENTS.columns)[number]["key"]>;

/**
 * Agents: one row per agent line, grouped by structure. Inputs: indice majoré, gross salary,
 * employer rate, loaded cost, FTE, months, assignment. Formulas: the base salary of an indice
 * (Σ over the months of ROUND(IM × point / 1200; 2), the point values on Paramètres), the preset
 * employer rate (SUM of its lines on Paramètres), the loaded cost ROUND(gross × (1 + rate); 2),
 * the line's FTE and payroll ROUND(cost × FTE × months × assignment / 12; 2).
 */
export function writeAgents(book: Book): void {
  const w: W = new SheetWriter(
    book.wb,
    AGENTS,
    "Agents : masse salariale de chaque ligne",
    "Saisies en bleu ; formules : traitement indiciaire, taux de charges prédéfini, coût chargé, masse salariale = ARRONDI(coût × quotité × mois × affectation / 12 ; 2).",
    book.stats,
  );
  for (const s of book.structures) {
    s.input.agents.forEach((agent, i) => writeAgent(book, w, s, agent, s.agents.from + i, i));
  }
  w.finish();
}

function writeAgent(book: Book, w: W, s: BookStructure, agent: Agent, row: number, i: number): void {
  const line = s.result.agents[i];
  const C = (k: Parameters<W["formula"]>[1]) => `${AGENTS.col(k)}${row}`;
  w.text(row, "manager", book.managerOf(s).result.id);
  w.text(row, "structure", s.result.id);
  w.text(row, "name", line.name);
  if (agent.status) w.text(row, "status", labelOf(AGENT_STATUS_TERMS, agent.status, true));
  let cost: Rational;
  if (agent.loadedCost !== undefined) {
    w.input(row, "cost", Number(agent.loadedCost));
    cost = rat(agent.loadedCost);
  } else {
    const rate = writeRate(book, w, agent, row);
    let gross: Rational;
    if (agent.grossSalary !== undefined) {
      w.input(row, "gross", Number(agent.grossSalary));
      gross = rat(agent.grossSalary);
    } else {
      gross = writeBaseSalary(book, w, agent.indiceMajore as number, row);
    }
    cost = ofCents(cents(line.loadedCost));
    w.rounded(
      row,
      "cost",
      `${C(agent.grossSalary !== undefined ? "gross" : "base")}*(1+${C("rate")})`,
      mul(gross, plus(ONE_R, rate)),
      line.loadedCost,
    );
  }
  w.input(row, "fte", Number(agent.fte));
  w.input(row, "months", Number(agent.months));
  w.input(row, "assignment", Number(agent.assignment));
  const fte = rat(agent.fte);
  const assignment = rat(agent.assignment);
  w.formula(row, "etp", `${C("fte")}*${C("assignment")}`, toNumberR(mul(fte, assignment)));
  const exact = div(mul(cost, fte, rat(agent.months), assignment), rat(12));
  w.rounded(row, "payroll", `${C("cost")}*${C("fte")}*${C("months")}*${C("assignment")}/12`, exact, line.payroll);
}

/** The employer rate: the line's own (an input), or its status's preset, the SUM of its dated lines. */
function writeRate(book: Book, w: W, agent: Agent, row: number): Rational {
  if (agent.employerRate !== undefined) {
    w.input(row, "rate", Number(agent.employerRate));
    return rat(agent.employerRate);
  }
  const lines = EMPLOYER_RATE_PRESETS[parseStatus(agent.status ?? "")].map((name) => book.parameter(name));
  const total = lines.reduce((acc, l) => plus(acc, rat(l.use.value)), { n: 0n, d: 1n });
  w.formula(row, "rate", `SUM(${lines.map((l) => l.ref).join(",")})`, toNumberR(total));
  return total;
}

/**
 * The base salary of an indice majoré over the year: the months grouped by the point value in
 * force on their 1st and the minimum de traitement then (an indice below it is paid on it:
 * MAX(IM; minimum)). A month whose rounding floating point could get wrong makes the cell a
 * value with its check.
 */
function writeBaseSalary(book: Book, w: W, im: number, row: number): Rational {
  const groups = new Map<string, { ref: string; value: string; minimum?: { ref: string; value: string }; months: number }>();
  const minimums = monthlyMinimumIndices(book.result.year, book.params);
  for (let month = 1; month <= 12; month++) {
    const date = `${book.result.year}-${String(month).padStart(2, "0")}-01`;
    const p = book.parameter("point.annuel", date);
    const m = minimums[month - 1] ? book.parameter("indice.minimum", date) : undefined;
    const key = `${p.ref}|${m?.ref ?? ""}`;
    const g = groups.get(key) ?? {
      ref: p.ref,
      value: p.use.value,
      ...(m ? { minimum: { ref: m.ref, value: m.use.value } } : {}),
      months: 0,
    };
    g.months++;
    groups.set(key, g);
  }
  const imCell = `${AGENTS.col("im")}${row}`;
  w.input(row, "im", im);
  let total = 0n;
  const terms: string[] = [];
  let risky: { inner: string; exact: Rational } | undefined;
  for (const g of groups.values()) {
    const paid = g.minimum && cmpR(rat(g.minimum.value), rat(im)) > 0 ? rat(g.minimum.value) : rat(im);
    const inner = `${g.minimum ? `MAX(${imCell},${g.minimum.ref})` : imCell}*${g.ref}/1200`;
    const exact = div(mul(paid, rat(g.value)), rat(1200));
    if (nearTie(exact, 2)) risky = { inner, exact };
    total += centsOf(exact) * BigInt(g.months);
    terms.push(`ROUND(${inner},2)*${g.months}`);
  }
  const value = Number(total) / 100;
  if (risky)
    w.checked(
      row,
      "base",
      value,
      "demi-centime",
      `${AGENTS.col("base")}${row} : un mois avant arrondi`,
      risky.inner,
      toNumberR(risky.exact),
    );
  else w.formula(row, "base", terms.join("+"), value);
  return ofCents(total);
}

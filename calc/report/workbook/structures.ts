import { labelledMonths, monthsOpenIn, resourceCountsIn, resourceKind, GRANT_PARAMETERS } from "../../engine/structure";
import type { ShareReading } from "../../rules/share";
import { forfaitSplitParameters } from "../../rules/forfait";
import { AMOUNT_TERMS, FINAL_RULE_TERMS, KIND_TERMS, SHARE_READING_TERMS, labelOf } from "../../glossary";
import { objectivesOf, type Book, type BookStructure } from "./book";
import { conv } from "./convention";
import { cents, centsOf, div, floorR, minus, mul, ofCents, plus, rat, toNumberR, ZERO_R, type Rational } from "./exact";
import { AGENTS, ALLOCATION, MANAGERS, STRUCTURES } from "./layouts";
import { SheetWriter } from "./sheet";

type Key = (typeof STRUCTURES.columns)[number]["key"];
type W = SheetWriter<Key>;

/**
 * Structures: one row per structure. Formulas: labelled months (from the date), forfait months,
 * FTE and payroll (SUM of its agent lines), forfait ROUND(forfait × months / 12; 2), other and
 * deducted resources and investment grants (their amounts and grant parameters), deduction, cap,
 * the rule under its reading (`rules.shareBase`) on the forecast and on the actual payroll,
 * achievement ratio, final request ROUND(share × ratio; 2), allocation (Répartition), acompte
 * ROUND(allocation × rate; 2), final amount (« plafonné »: IF(request = 0; 0; ROUND(allocation ×
 * MIN(1; final request ÷ request); 2)); « redistribué »: Répartition), solde, reversement,
 * remaining costs. A pooled manager's structures hold their split of its figures as values,
 * checked on the Gestionnaires sheet.
 */
export function writeStructures(book: Book): void {
  const { rules } = book.result;
  const w: W = new SheetWriter(
    book.wb,
    STRUCTURES,
    "Structures : règle du Département, attributions et reste à charge",
    `Part selon la règle = MIN(plafond ; ${rules.shareBase === "part_moins_forfait" ? "MAX(0 ; ARRONDI(taux × masse salariale ; 2) − déduction)" : "ARRONDI(taux × MAX(0 ; masse salariale − déduction) ; 2)"}) (${labelOf(SHARE_READING_TERMS, rules.shareBase)}) ; demande finale = ARRONDI(part sur le réalisé × taux d'atteinte ; 2) ; ${labelOf(AMOUNT_TERMS, "final").toLowerCase()} : ${rules.finalPayment === "plafonne" ? "ARRONDI(attribution × MIN(1 ; demande finale ÷ demande) ; 2)" : "répartition de l'enveloppe sur les demandes finales"} (${labelOf(FINAL_RULE_TERMS, rules.finalPayment)}) ; solde = MAX(0 ; finale − acompte), reversement = MAX(0 ; acompte − finale). Les ${AMOUNT_TERMS.investmentGrants.label.toLowerCase()} restent hors du reste à charge.`,
    book.stats,
  );
  for (const s of book.structures) writeStructure(book, w, s);
  w.finish();
}

/**
 * The exact rule under its reading, the cap taken down to the cent:
 * - « masse_moins_forfait »: min(cap, round(rate × max(0, payroll − deduction)));
 * - « part_moins_forfait »: min(cap, max(0, round(rate × payroll) − deduction)).
 * `inner` is what is rounded (rate × base, or rate × payroll).
 */
export function ruleExact(
  rate: Rational,
  payroll: Rational,
  deduction: Rational,
  cap: Rational | undefined,
  reading: ShareReading,
): { inner: Rational; cents: bigint } {
  let inner: Rational;
  let share: bigint;
  if (reading === "part_moins_forfait") {
    inner = mul(rate, payroll);
    const rest = minus(ofCents(centsOf(inner)), deduction);
    share = rest.n > 0n ? centsOf(rest) : 0n;
  } else {
    const base = minus(payroll, deduction);
    inner = base.n > 0n ? mul(rate, base) : ZERO_R;
    share = centsOf(inner);
  }
  if (!cap) return { inner, cents: share };
  const capCents = floorR(mul(cap, rat(100)));
  return { inner, cents: capCents < share ? capCents : share };
}

/**
 * The rule as formulas, for {@link SheetWriter.rounded}: what is rounded (`inner`) and what wraps
 * the rounded figure (the deduction taken from it under « part_moins_forfait », then the cap).
 */
export function ruleFormula(
  reading: ShareReading,
  rate: string,
  payroll: string,
  deduction: string,
  cap: string | undefined,
): { inner: string; wrap: (rounded: string) => string; label?: string } {
  const capped = (x: string) => (cap ? `MIN(${cap},${x})` : x);
  if (reading === "part_moins_forfait") {
    return {
      inner: `${rate}*${payroll}`,
      wrap: (r) => capped(`ROUND(MAX(0,${r}-${deduction}),2)`),
      label: "taux × masse avant arrondi, puis − déduction" + (cap ? " et plafond" : ""),
    };
  }
  return { inner: `${rate}*MAX(0,${payroll}-${deduction})`, wrap: capped };
}

/**
 * The final amount under the « plafonné » rule as a formula: IF(request = 0; 0;
 * ROUND(allocation × MIN(1; final request ÷ request); 2)), and its exact value before rounding.
 */
export function cappedFinal(
  allocated: string,
  requested: string,
  finalRequested: string,
  values: { allocated: bigint; requested: bigint; finalRequested: bigint },
): { inner: string; wrap: (rounded: string) => string; exact: Rational } {
  const { allocated: a, requested: r, finalRequested: f } = values;
  const exact = r <= 0n ? ZERO_R : f >= r ? ofCents(a) : { n: a * f, d: r * 100n };
  return {
    inner: `${allocated}*MIN(1,${finalRequested}/${requested})`,
    wrap: (rounded) => `IF(${requested}=0,0,${rounded})`,
    exact,
  };
}

function writeStructure(book: Book, w: W, s: BookStructure): void {
  const { result: r, input, row } = s;
  const year = book.result.year;
  const { rules } = book.result;
  const C = (k: Key) => `${STRUCTURES.col(k)}${row}`;
  const pooled = book.pooled(s);
  const rate = rat(rules.rate);
  w.text(row, "manager", book.managerOf(s).result.id);
  w.text(row, "id", r.id);
  w.text(row, "name", r.name);
  w.text(row, "kind", labelOf(KIND_TERMS, r.kind, true));
  const months = labelledMonths(input.labelledSince, year);
  if (input.labelledSince === null) {
    w.text(row, "since", "non labellisée");
    w.formula(row, "labelled", "0", 0);
  } else {
    const [y, m, d] = input.labelledSince.split("-").map(Number);
    w.input(row, "since", new Date(Date.UTC(y, m - 1, d)));
    const D = C("since");
    w.formula(
      row,
      "labelled",
      `IF(YEAR(${D})<${conv("year")},12,IF(YEAR(${D})>${conv("year")},0,12-MONTH(${D})+IF(DAY(${D})=1,1,0)))`,
      months,
    );
  }
  // The months typed count in the opening year only; the full year after (see monthsOpenIn).
  w.input(row, "open", Number(monthsOpenIn(input, year)));
  w.formula(row, "forfaitMonths", `MIN(${C("labelled")},${C("open")})`, Number(r.forfaitMonths));
  const agents = (k: "etp" | "payroll") => AGENTS.range(k, s.agents.from, s.agents.to);
  w.formula(row, "fte", agents("etp") ? `SUM(${agents("etp")})` : "0", Number(r.fte));
  w.formula(row, "payroll", agents("payroll") ? `SUM(${agents("payroll")})` : "0", Number(r.payroll));
  w.input(row, "otherCosts", Number(input.otherCosts));
  const forfaitTotal = book.parameter("forfait.total");
  const forfaitMonths = rat(r.forfaitMonths);
  w.rounded(
    row,
    "forfait",
    `${forfaitTotal.ref}*${C("forfaitMonths")}/12`,
    div(mul(rat(forfaitTotal.use.value), forfaitMonths), rat(12)),
    r.forfait,
  );
  const other = resources(book, s, "other");
  const investment = resources(book, s, "investment");
  const deducted = resources(book, s, "deducted");
  writeSum(w, row, "otherResources", other, r.otherResources);
  writeSum(w, row, "investmentGrants", investment, r.investmentGrants);
  writeSum(w, row, "deducted", deducted, String(toNumberR(deducted.exact)));
  // Deduction, as the engine chooses it.
  let deduction: Rational = ofCents(cents(r.forfait));
  if (rules.deduction === "etat" && months > 0) {
    const part = book.parameter(forfaitSplitParameters(r.kind as "fixe")[0]);
    deduction = ofCents(centsOf(div(mul(rat(part.use.value), forfaitMonths), rat(12))));
    w.rounded(row, "deduction", `${part.ref}*${C("forfaitMonths")}/12`, div(mul(rat(part.use.value), forfaitMonths), rat(12)), r.deduction);
  } else if (rules.deduction === "forfait_et_ressources") {
    deduction = plus(deduction, deducted.exact);
    w.formula(row, "deduction", `${C("forfait")}+${C("deducted")}`, Number(r.deduction));
  } else w.formula(row, "deduction", C("forfait"), Number(r.deduction));
  const cap = writeCap(book, w, s);
  const rule = (payroll: Key) => ruleFormula(rules.shareBase, conv("rate"), C(payroll), C("deduction"), cap ? C("cap") : undefined);
  const own = ruleExact(rate, ofCents(cents(r.payroll)), deduction, cap, rules.shareBase);
  const ownRule = rule("payroll");
  // A pooled structure's own rule is not its request.
  w.rounded(row, "ownShare", ownRule.inner, own.inner, pooled ? centsText(own.cents) : r.requested, {
    formula: ownRule.wrap,
    cents: own.cents,
    label: ownRule.label,
  });
  const full = book.full;
  if (pooled) pooledCell(book, w, s, "requested");
  else w.formula(row, "requested", C("ownShare"), Number(r.requested));
  allocationCell(book, w, s, "allocated", pooled, full);
  if (pooled) pooledCell(book, w, s, "advance");
  else
    w.rounded(
      row,
      "advance",
      `${C("allocated")}*${conv("advanceRate")}`,
      mul(ofCents(cents(r.allocated)), rat(rules.advanceRate)),
      r.advance,
    );
  const reported = book.evaluated && input.actualPayroll !== undefined;
  if (reported) w.input(row, "actualPayroll", Number(input.actualPayroll));
  else w.formula(row, "actualPayroll", C("payroll"), Number(r.actualPayroll));
  const objectives = book.evaluated ? input.objectives : [];
  const { met, weights, ratio } = objectivesOf(objectives);
  w.input(row, "met", toNumberR(met));
  w.input(row, "weights", toNumberR(weights));
  w.formula(row, "achievement", `IF(${C("weights")}=0,1,${C("met")}/${C("weights")})`, toNumberR(ratio));
  const finalShare = ruleExact(rate, rat(r.actualPayroll), deduction, cap, rules.shareBase);
  const finalRule = rule("actualPayroll");
  w.rounded(row, "finalShare", finalRule.inner, finalShare.inner, centsText(finalShare.cents), {
    formula: finalRule.wrap,
    cents: finalShare.cents,
    label: finalRule.label,
  });
  const finalExact = mul(ofCents(finalShare.cents), ratio);
  if (pooled) pooledCell(book, w, s, "finalRequested");
  else w.rounded(row, "finalRequested", `${C("finalShare")}*${C("achievement")}`, finalExact, r.finalRequested);
  if (pooled) pooledCell(book, w, s, "final");
  else if (rules.finalPayment === "plafonne") {
    const f = cappedFinal(C("allocated"), C("requested"), C("finalRequested"), {
      allocated: cents(r.allocated),
      requested: cents(r.requested),
      finalRequested: cents(r.finalRequested),
    });
    w.rounded(row, "final", f.inner, f.exact, r.final, { formula: f.wrap, cents: cents(r.final) });
  } else allocationCell(book, w, s, "final", pooled, full);
  w.formula(row, "balance", `${C("final")}-${C("advance")}`, Number(r.balance));
  w.formula(row, "repayment", `MAX(0,${C("advance")}-${C("final")})`, Number(r.repayment));
  w.formula(
    row,
    "remainingCost",
    `${C("payroll")}+${C("otherCosts")}-${C("forfait")}-${C("otherResources")}-${C("allocated")}`,
    Number(r.remainingCost),
  );
  w.formula(
    row,
    "finalRemainingCost",
    `${C("actualPayroll")}+${C("otherCosts")}-${C("forfait")}-${C("otherResources")}-${C("final")}`,
    Number(r.finalRemainingCost),
  );
}

const centsText = (c: bigint): string => (Number(c) / 100).toFixed(2);

/** The forecast or final allocation: the Répartition sheet's, a pooled manager's split (checked there), or the convention's (one manager's file). */
function allocationCell(book: Book, w: W, s: BookStructure, key: "allocated" | "final", pooled: boolean, full: boolean): void {
  const value = Number(s.result[key]);
  if (!full) return w.input(s.row, key, value);
  if (pooled) return pooledCell(book, w, s, key);
  const payee = book.payees.find((p) => p.kind === "structure" && p.structure === s) as { row: number };
  w.formula(s.row, key, `'${ALLOCATION.sheet}'!${ALLOCATION.col(key)}${payee.row}`, value);
}

/**
 * A pooled structure's part of its manager's figure (split by the largest remainder in proportion
 * to its base): a value, checked by the manager's row (Σ of its structures − pooled figure = 0).
 */
function pooledCell(book: Book, w: W, s: BookStructure, key: "requested" | "allocated" | "advance" | "finalRequested" | "final"): void {
  const label = `${STRUCTURES.col(key)}${s.row} : Σ = mutualisé`;
  w.checked(s.row, key, Number(s.result[key]), "mutualisation", label, MANAGERS.ref("poolCheck", book.managerOf(s).row), 0, "money");
}

/** A structure's cap: its own, the convention's, or the lower of both (undefined: none). */
export function capOf(book: Book, s: BookStructure): Rational | undefined {
  const own = s.input.cap === undefined ? undefined : rat(s.input.cap);
  const rule = book.result.rules.capPerStructure === undefined ? undefined : rat(book.result.rules.capPerStructure);
  if (!own || !rule) return own ?? rule;
  return own.n * rule.d < rule.n * own.d ? own : rule;
}

/** The cap: the structure's own, the convention's, or the lower of both, taken down to the cent. */
function writeCap(book: Book, w: W, s: BookStructure): Rational | undefined {
  const cap = capOf(book, s);
  if (!cap) return undefined;
  const own = s.input.cap === undefined ? undefined : rat(s.input.cap);
  const rule = book.result.rules.capPerStructure === undefined ? undefined : rat(book.result.rules.capPerStructure);
  const parts = [...(own ? [String(Number(s.input.cap))] : []), ...(rule ? [conv("cap")] : [])];
  const inner = parts.length > 1 ? `MIN(${parts.join(",")})` : parts[0];
  w.formula(s.row, "cap", `ROUNDDOWN(${inner},2)`, Number(floorR(mul(cap, rat(100)))) / 100);
  return cap;
}

/**
 * The operating resources of the year (`other`), those the rule deducts (`deducted`), or the
 * investment grants (`investment`, outside the remaining cost): amounts typed and grants read
 * from Paramètres; one-off resources of another year are left out.
 */
function resources(
  book: Book,
  s: BookStructure,
  which: "other" | "deducted" | "investment",
): { terms: string[]; exact: Rational; inputs: number } {
  const terms: string[] = [];
  let exact = ZERO_R;
  let inputs = 0;
  for (const res of s.input.resources) {
    if (!resourceCountsIn(res, book.result.year, book.scenario.year)) continue;
    if (resourceKind(res).investment !== (which === "investment")) continue;
    if (which === "deducted" && !res.deducted) continue;
    if (res.grant) {
      const p = book.parameter(GRANT_PARAMETERS[res.grant]);
      terms.push(p.ref);
      exact = plus(exact, rat(p.use.value));
    } else {
      terms.push(String(Number(res.amount ?? 0)));
      exact = plus(exact, rat(res.amount ?? 0));
      inputs++;
    }
  }
  return { terms, exact, inputs };
}

function writeSum(w: W, row: number, key: Key, r: { terms: string[]; exact: Rational; inputs: number }, engine: string): void {
  if (r.terms.length === 0) return w.input(row, key, 0);
  if (r.terms.length === 1 && r.inputs === 1) return w.input(row, key, Number(r.terms[0]));
  w.formula(row, key, r.terms.join("+"), Number(engine));
}

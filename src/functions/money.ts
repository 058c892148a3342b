/**
 * The money functions' adapters: read Excel's arguments, run the rule of calc/rules, give Excel
 * a number. DEPT_SHARE, ADVANCE, ALLOCATE and SCHEDULE first run their rule on safe numbers
 * (calc/arithmetic/safeInteger.ts: exact, no BigInt in ECMAScript 2016) when every argument
 * reads there, and otherwise, or when a step leaves the safe integers, the same rule on
 * decimal.js, which also raises the errors. No business rule here.
 */
import * as calc from "../../calc";
import { departmentShareIn, type ShareReading } from "../../calc/rules/share";
import { advanceIn, scheduleIn } from "../../calc/rules/payments";
import { allocateIn } from "../../calc/rules/allocation";
import type { FinalRule } from "../../calc/rules/finalPayment";
import {
  onSafePath,
  readAll,
  readCents,
  readScaled,
  SAFE,
  SAFE_CENTS,
  scaledToNumber,
  type Scaled,
} from "../../calc/arithmetic/safeInteger";
import { alongside, atCell, cells, exact, isBlank, money, num, numbers, optional, reshape, text, type Cell } from "./excel";

/** A safe result for Excel: rounded to the cent (as {@link money} does on the exact path). */
function safeMoney(x: Scaled): number {
  return scaledToNumber(x.s <= 2 ? x : SAFE.roundCent([x]));
}

const amount = (x: number): Scaled | undefined => readScaled(x, 0, Infinity);
const fraction = (x: number): Scaled | undefined => readScaled(x, 0, 1);

const defaults: Record<string, Scaled | null> = {};

/** The rate given, or the latest value of its dated parameter (read once: the reference parameters are built in). */
function safeRate(rate: number | undefined, parameter: string): Scaled | undefined {
  if (rate !== undefined) return fraction(rate);
  let value = defaults[parameter];
  if (value === undefined) value = defaults[parameter] = fraction(calc.REFERENCE_PARAMETERS.latest(parameter).decimal.toNumber()) ?? null;
  return value ?? undefined;
}

/** The share reading argument, the rule's default when omitted. */
function reading(value: unknown): ShareReading {
  return isBlank(value) ? "masse_moins_forfait" : calc.parseShareReading(text(value, "lecture"));
}

/** The final-payment rule argument, the rule's default when omitted. */
function finalRule(value: unknown): FinalRule {
  return isBlank(value) ? "plafonne" : calc.parseFinalRule(text(value, "règle du solde"));
}

/** FS.STATE_FORFAIT: the kind is checked, though the total is the same for every kind. */
export function stateForfaitCell(year: unknown, kind: unknown, months: unknown): number {
  calc.parseKind(text(kind, "type", "fixe"));
  return money(calc.stateForfait(num(year, "année"), optional(months, "mois")));
}

/** FS.DEPT_SHARE. */
export function deptShareCell(payroll: unknown, forfait: unknown, rate: unknown, cap: unknown, how: unknown): number {
  const p = num(payroll, "masse salariale");
  const f = num(forfait, "forfait");
  const r = optional(rate, "taux");
  const c = optional(cap, "plafond");
  const rd = reading(how);
  const sp = amount(p);
  const sf = amount(f);
  const sr = safeRate(r, "departement.taux");
  const sc = c === undefined ? undefined : amount(c);
  if (sp && sf && sr && (c === undefined || sc)) {
    const fast = onSafePath(() => safeMoney(departmentShareIn(SAFE, sp, sf, sr, sc, rd)));
    if (fast !== undefined) return fast;
  }
  return money(calc.departmentShare(p, f, r, c, rd));
}

/** FS.ADVANCE. */
export function advanceCell(value: unknown, rate: unknown): number {
  const a = num(value, "montant");
  const r = optional(rate, "taux");
  const sa = amount(a);
  const sr = safeRate(r, "departement.taux_acompte");
  if (sa && sr) {
    const fast = onSafePath(() => safeMoney(advanceIn(SAFE, sa, sr)));
    if (fast !== undefined) return fast;
  }
  return money(calc.advance(a, r));
}

/** FS.ALLOCATE. */
export function allocateCells(requests: unknown, envelope: unknown, caps: unknown): number[][] {
  const asked = cells(requests, "demandes");
  const capCells =
    caps == null ? undefined : alongside(caps, asked, "plafonds", "demandes").map((c, i) => optional(c, `plafonds[${i + 1}]`) ?? null);
  const amounts = numbers(asked.values, "demandes");
  const env = num(envelope, "enveloppe");
  const sa = readAll(amounts, readCents);
  const se = readCents(env);
  // A blank cap is no cap; rounding is monotone, so a cap read to the cent caps the rounded request alike.
  const sc = capCells && readAll(capCells, (c) => (c === null ? null : readCents(c)));
  if (sa && se && (capCells === undefined || sc)) {
    const fast = onSafePath(() =>
      allocateIn(
        SAFE_CENTS,
        sa,
        se,
        sc?.map((c) => c ?? undefined),
      ).parts.map(scaledToNumber),
    );
    if (fast !== undefined) return reshape(fast, asked);
  }
  return reshape(calc.allocate(amounts, env, capCells).parts.map(money), asked);
}

/** FS.SCHEDULE. */
export function scheduleCells(requests: unknown, envelope: unknown, advanceRate: unknown, actuals: unknown, rule: unknown): number[][] {
  const asked = cells(requests, "demandes");
  const final = actuals == null ? null : numbers(alongside(actuals, asked, "réalisé", "demandes"), "réalisé");
  const amounts = numbers(asked.values, "demandes");
  const env = num(envelope, "enveloppe");
  const rate = optional(advanceRate, "taux d'acompte");
  const how = finalRule(rule);
  const sa = readAll(amounts, readCents);
  const se = readCents(env);
  const sr = safeRate(rate, "departement.taux_acompte");
  const sf = final && readAll(final, readCents);
  if (sa && se && sr && (final === null || sf)) {
    const fast = onSafePath(() =>
      scheduleIn(SAFE_CENTS, sa, se, sr, sf, how).map((l) => [
        scaledToNumber(l.forecast),
        scaledToNumber(l.advance),
        scaledToNumber(l.final),
        scaledToNumber(l.balance),
      ]),
    );
    if (fast !== undefined) return fast;
  }
  const lines = calc.schedule(amounts, env, rate, final, how);
  return lines.map((l) => [l.forecast, l.advance, l.final, l.balance].map(money));
}

/** FS.PAYROLL: Σ of the payroll lines, each cell named in its error. */
export function payrollCells(costs: unknown, fte: unknown, months: unknown, assignment: unknown): number {
  const lines = cells(costs, "coûts");
  const column = (range: unknown, name: string, fallback: number) =>
    range == null ? lines.values.map(() => fallback) : numbers(alongside(range, lines, name, "coûts"), name);
  const f = column(fte, "quotités", 1);
  const m = column(months, "mois", 12);
  const a = column(assignment, "affectations", 1);
  const cost = numbers(lines.values, "coûts");
  let total = calc.ZERO;
  cost.forEach((c, i) => (total = total.plus(atCell(i, () => calc.payrollLine(c, f[i], m[i], a[i])))));
  return money(total);
}

/** FS.NET_COST. */
export function netCostCells(payroll: unknown, forfait: unknown, share: unknown, other: unknown): number {
  const others = other == null ? [] : numbers(cells(other, "autres").values, "autres");
  return money(calc.netCost(num(payroll, "masse salariale"), num(forfait, "forfait"), num(share, "part du Département"), others));
}

/** FS.ACHIEVEMENT. */
export function achievementCells(met: unknown, weights: unknown): number {
  const objectives = cells(met, "objectifs");
  const reached = objectives.values.map((v, i) => isMet(v, `objectifs[${i + 1}]`));
  const w = weights == null ? null : numbers(alongside(weights, objectives, "poids", "objectifs"), "poids");
  return exact(calc.achievement(reached, w));
}

function isMet(value: Cell, name: string): boolean {
  if (value === true || value === 1) return true;
  if (value === false || value === 0 || value === null || value === undefined || value === "") return false;
  throw new calc.CalcError([{ code: "valeur_inconnue", path: name, message: `${name} : doit être VRAI ou FAUX (ou 1 ou 0)` }]);
}

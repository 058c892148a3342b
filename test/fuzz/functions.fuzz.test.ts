/**
 * Fuzzing of the Excel custom functions through the production bundle: every function of the
 * contract (shared/spec/custom-functions.md), called with arbitrary Excel-like arguments, as the
 * built functions.js runs in Excel's JavaScript-only runtime (test/support/bundle.ts), returns
 * a number, text for VERSION, a [status, date, source] row for PARAM_STATUS, or a matrix of the right shape whose cells are finite numbers —
 * amounts rounded to the cent — or throws a `CustomFunctions.Error` `#VALUE!` or `#N/A` with a
 * French message. Never a JavaScript exception, NaN, ±Infinity or -0. Where it is cheap and sure,
 * the result also keeps the rule's invariants (an allocation sums to the envelope…), and the
 * bundle answers exactly what the TypeScript sources answer.
 *
 * Cases: FUZZ_RUNS in all, shared equally by the 17 functions (`npm run fuzz`: 100 000, so
 * 5 883 per function, about 10 s); without FUZZ_RUNS (`npm test`), 500 per function, 8 500 in
 * all (a second or two). FUZZ_TALLY=1 prints how many cases per function gave a value or an error.
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import { ExcelError } from "../support/customFunctions";
import { loadBundle, type Bundle } from "../support/bundle";
import { BUILD_TIMEOUT_MS } from "../support/build";
import { readContract } from "../support/contract";
import * as FS from "../../src/functions/functions";
import { anyArgument, anyShape, rangeArgument, scalarArgument, type Kind } from "./cells";

// ---------------------------------------------------------------------------------------------
// What each function takes and returns
// ---------------------------------------------------------------------------------------------

interface Parameter {
  name: string;
  kind: Kind;
  range?: boolean;
  optional?: boolean;
}

/** money: an amount in euros, rounded to the cent; ratio: a rate, ratio or point value, not rounded. */
type Result = "money" | "ratio" | "text" | "split" | "allocation" | "schedule" | "status";

interface FunctionSpec {
  params: Parameter[];
  result: Result;
  /** The TypeScript source of the function, to compare the bundle with. */
  source: (...args: never[]) => unknown;
  /** Cheap, sure properties of a value the function returned; a description of the first broken one, or null. */
  invariant?: (args: unknown[], value: unknown) => string | null;
}

const p = (name: string, kind: Kind, more: Omit<Parameter, "name" | "kind"> = {}): Parameter => ({ name, kind, ...more });
const opt = { optional: true };
const range = { range: true };
const optRange = { range: true, optional: true };

const nonNegative = (_: unknown[], v: unknown) => between(v, 0, null);

const SPECS: Record<string, FunctionSpec> = {
  STATE_FORFAIT: {
    params: [p("year", "year"), p("kind", "kind", opt), p("months", "months", opt)],
    result: "money",
    source: FS.stateForfait,
    invariant: nonNegative,
  },
  STATE_FORFAIT_SPLIT: {
    params: [p("year", "year"), p("kind", "kind", opt)],
    result: "split",
    source: FS.stateForfaitSplit,
    invariant: (_, v) => ((v as number[][])[0].every((x) => x >= 0) ? null : "part négative"),
  },
  INDEX_POINT: {
    params: [p("date", "serial")],
    result: "ratio",
    source: FS.indexPoint,
    invariant: (_, v) => ((v as number) > 0 ? null : `valeur du point ≤ 0 : ${v}`),
  },
  BASE_SALARY: {
    params: [p("indice_majore", "indice"), p("year", "year")],
    result: "money",
    source: FS.baseSalary,
    invariant: nonNegative,
  },
  EMPLOYER_RATE: {
    params: [p("status", "status"), p("year", "year")],
    result: "ratio",
    source: FS.employerRate,
    invariant: nonNegative,
  },
  LOADED_COST: {
    params: [p("gross", "amount"), p("rate", "rate")],
    result: "money",
    source: FS.loadedCost,
    invariant: ([gross], v) => between(v, exactly(gross), null), // rate ≥ 0
  },
  PAYROLL: {
    params: [p("costs", "amount", range), p("fte", "rate", optRange), p("months", "months", optRange), p("assignment", "rate", optRange)],
    result: "money",
    source: FS.payroll,
    invariant: ([costs], v) => between(v, 0, sumOf(gridCells(costs))), // each line at most its cost
  },
  DEPT_SHARE: {
    params: [p("payroll", "amount"), p("forfait", "amount"), p("rate", "rate", opt), p("cap", "amount", opt)],
    result: "money",
    source: FS.deptShare,
    invariant: ([payroll, forfait, , cap], v) =>
      between(v, 0, isBlank(cap) ? null : exactly(cap)) ??
      // rate ≤ 1: at most what is left once the forfait is deducted (nothing when it covers the payroll)
      between(v, 0, difference(payroll, [forfait], true)),
  },
  NET_COST: {
    params: [p("payroll", "amount"), p("forfait", "amount"), p("dept_share", "amount"), p("other", "amount", optRange)],
    result: "money",
    source: FS.netCost,
    invariant: ([payroll, forfait, share, other], v) => {
      const rest = difference(payroll, [forfait, share, ...(other == null ? [] : (gridCells(other) ?? [NaN]))]);
      return between(v, rest, rest);
    },
  },
  ALLOCATE: {
    params: [p("requests", "amount", range), p("envelope", "amount"), p("caps", "amount", optRange)],
    result: "allocation",
    source: FS.allocate,
    invariant: ([requests, envelope, caps], v) =>
      allocationViolation(requests, envelope, caps, ([] as number[]).concat(...(v as number[][]))),
  },
  ADVANCE: {
    params: [p("amount", "amount"), p("rate", "rate", opt)],
    result: "money",
    source: FS.advance,
    invariant: ([amount], v) => between(v, 0, exactly(amount)), // rate ≤ 1
  },
  BALANCE: {
    params: [p("final", "amount"), p("advance_paid", "amount")],
    result: "money",
    source: FS.balance,
    invariant: ([final, advance], v) => {
      const rest = difference(final, [advance]);
      return between(v, rest, rest);
    },
  },
  SCHEDULE: {
    params: [p("requests", "amount", range), p("envelope", "amount"), p("advance_rate", "rate", opt), p("actuals", "amount", optRange)],
    result: "schedule",
    source: FS.schedule,
    invariant: ([requests, envelope], v) => scheduleViolation(requests, envelope, v as number[][]),
  },
  ACHIEVEMENT: {
    params: [p("met", "met", range), p("weights", "weight", optRange)],
    result: "ratio",
    source: FS.achievement,
    invariant: ([met], v) => {
      const cells = gridCells(met) ?? [];
      const all = cells.every((m) => m === true || m === 1);
      const none = cells.every((m) => !(m === true || m === 1));
      return between(v, all ? 1 : 0, none ? 0 : 1);
    },
  },
  PARAM: {
    params: [p("name", "name"), p("date", "serial")],
    result: "ratio",
    source: FS.param,
  },
  PARAM_STATUS: {
    params: [p("name", "name"), p("date", "serial")],
    result: "status",
    source: FS.paramStatus,
  },
  VERSION: {
    params: [],
    result: "text",
    source: FS.version,
    invariant: (_, v) => (/^france-services-ctec \d+\.\d+\.\d+ — paramètres au \d/.test(v as string) ? null : `version : ${v}`),
  },
};

// ---------------------------------------------------------------------------------------------
// Invariants, in exact decimals (decimal.js of this realm, not the library's)
// ---------------------------------------------------------------------------------------------

const D = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

/** Beyond this many euros, a sum of numbers is no longer exact to the cent: the sums are not compared. */
const EXACT_LIMIT = 1e12;

/** The cells of a rectangular range (a single value is a 1×1 range); null when it is not one. */
function gridCells(value: unknown): unknown[] | null {
  if (!Array.isArray(value)) return [value];
  const columns = Array.isArray(value[0]) ? value[0].length : 0;
  if (columns === 0 || value.some((row) => !Array.isArray(row) || row.length !== columns)) return null;
  return value.flat();
}

const isBlank = (v: unknown) => v === null || v === undefined || v === "";

/** An amount cell as the contract reads it (a blank is 0); null when it is not a number. */
function amount(v: unknown): D | null {
  if (isBlank(v)) return new D(0);
  return typeof v === "number" && Number.isFinite(v) ? new D(v === 0 ? 0 : v) : null; // -0 is 0
}

const cents = (d: D) => d.toDecimalPlaces(2, D.ROUND_HALF_UP).times(100);

/**
 * Below this, an amount mixed with larger ones needs more than the library's 40 significant
 * digits, which round it before the cent (0.015 − 5e-324 gives 0.02, not 0.01): not compared exactly.
 */
const TINY = 1e-9;

/** An amount in reach of exact comparisons: 0, or between TINY and EXACT_LIMIT. */
const moderate = (d: D) => d.isZero() || (d.abs().gte(TINY) && d.abs().lt(EXACT_LIMIT));

/** An amount cell rounded to the cent, when it is moderate; null otherwise (then nothing is compared). */
function exactly(v: unknown): D | null {
  const d = amount(v);
  return d && moderate(d) ? d.toDecimalPlaces(2, D.ROUND_HALF_UP) : null;
}

/** Σ of amount cells rounded to the cent (each line of a payroll is at most its cost, rounded); null when not comparable. */
function sumOf(values: unknown[] | null): D | null {
  if (!values) return null;
  let sum = new D(0);
  for (const v of values) {
    const d = exactly(v);
    if (!d) return null;
    sum = sum.plus(d);
  }
  return sum;
}

/** round(first − Σ others), exact; at least 0 when `floor`; null when not comparable. */
function difference(first: unknown, others: unknown[], floor = false): D | null {
  let rest = amount(first);
  if (!rest || !moderate(rest)) return null;
  for (const o of others) {
    const d = amount(o);
    if (!d || !moderate(d)) return null;
    rest = rest.minus(d);
  }
  if (floor && rest.isNegative()) return new D(0);
  return rest.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** null when low ≤ v ≤ high (a null bound is not checked; bounds beyond EXACT_LIMIT are not either). */
function between(v: unknown, low: D | number | null, high: D | number | null): string | null {
  const x = new D(v as number);
  const lo = low === null ? null : new D(low);
  const hi = high === null ? null : new D(high);
  if (lo && lo.abs().lt(EXACT_LIMIT) && x.lt(lo)) return `${v} < ${lo.toString()}`;
  if (hi && hi.abs().lt(EXACT_LIMIT) && x.gt(hi)) return `${v} > ${hi.toString()}`;
  return null;
}

/** The requests after their caps, in cents; a description of the problem when the inputs were not valid. */
function cappedRequests(requests: unknown, caps: unknown): D[] | string {
  const asked = gridCells(requests);
  if (!asked) return "une plage non rectangulaire de demandes a été acceptée";
  let capCells: unknown[] | null = caps == null ? asked.map(() => null) : gridCells(caps);
  if (capCells && capCells.length === 1) capCells = asked.map(() => capCells![0]);
  if (!capCells || capCells.length !== asked.length) return "des plafonds d'une autre forme ont été acceptés";
  const out: D[] = [];
  for (let i = 0; i < asked.length; i++) {
    const a = amount(asked[i]);
    if (!a || a.isNegative()) return `la demande ${String(asked[i])} a été acceptée`;
    const cap = isBlank(capCells[i]) ? null : amount(capCells[i]);
    if (cap === null && !isBlank(capCells[i])) return `le plafond ${String(capCells[i])} a été accepté`;
    out.push(cents(cap !== null && a.gt(cap) ? cap : a));
  }
  return out;
}

/** ALLOCATE: each part at most its (capped) request; in full when they fit; the sum is min(envelope, Σ requests). */
function allocationViolation(requests: unknown, envelope: unknown, caps: unknown, parts: number[]): string | null {
  const asked = cappedRequests(requests, caps);
  if (typeof asked === "string") return asked;
  const env = amount(envelope);
  if (!env || env.isNegative()) return `l'enveloppe ${String(envelope)} a été acceptée`;
  const envCents = cents(env);
  const requested = asked.reduce((s, c) => s.plus(c), new D(0));
  const fits = requested.lte(envCents);
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] < 0) return `part ${i + 1} négative : ${parts[i]}`;
    if (requested.div(100).lt(EXACT_LIMIT) && envCents.div(100).lt(EXACT_LIMIT)) {
      const part = new D(parts[i]).times(100);
      if (part.gt(asked[i])) return `part ${i + 1} (${parts[i]}) au-dessus de sa demande (${asked[i].div(100)})`;
      if (fits && !part.eq(asked[i])) return `part ${i + 1} (${parts[i]}) ≠ demande (${asked[i].div(100)}) alors qu'elles tiennent`;
    }
  }
  if (requested.div(100).lt(EXACT_LIMIT) && envCents.div(100).lt(EXACT_LIMIT)) {
    const total = parts.reduce((s, x) => s.plus(new D(x).times(100)), new D(0));
    const expected = fits ? requested : envCents;
    if (!total.eq(expected)) return `Σ parts = ${total.div(100)} ≠ ${expected.div(100)} (min de l'enveloppe et des demandes)`;
  }
  return null;
}

/** SCHEDULE: the forecast column is ALLOCATE(requests, envelope); on each line, advance + balance = final. */
function scheduleViolation(requests: unknown, envelope: unknown, lines: number[][]): string | null {
  const forecast = allocationViolation(
    requests,
    envelope,
    null,
    lines.map((l) => l[0]),
  );
  if (forecast) return `prévision : ${forecast}`;
  for (let i = 0; i < lines.length; i++) {
    const [f, advance, final, balance] = lines[i];
    if (advance < 0 || final < 0) return `ligne ${i + 1} : acompte ou montant final négatif`;
    if (Math.max(f, final, Math.abs(balance)) < EXACT_LIMIT) {
      if (advance > f) return `ligne ${i + 1} : acompte ${advance} > prévision ${f}`;
      if (!new D(advance).plus(balance).eq(final)) return `ligne ${i + 1} : acompte ${advance} + solde ${balance} ≠ final ${final}`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

type Outcome = { value: unknown } | { error: unknown };

function call(f: (...args: unknown[]) => unknown, args: unknown[]): Outcome {
  try {
    return { value: f(...args) };
  } catch (error) {
    return { error };
  }
}

/** Every string inside the arguments: a message may quote them. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.flatMap(textsOf) : [];
}

const FORBIDDEN_IN_MESSAGES = ["undefined", "NaN", "Infinity", "[object", "erreur inattendue"];

function errorViolation(error: unknown, args: unknown[]): string | null {
  if (!(error instanceof ExcelError)) {
    return `exception JavaScript : ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  const { code, message } = error;
  if (code !== "#VALUE!" && code !== "#N/A") return `code ${code}`;
  if (typeof message !== "string" || message.trim().length < 3) return `${code} sans message`;
  const quoted = textsOf(args);
  for (const word of FORBIDDEN_IN_MESSAGES)
    if (message.includes(word) && !quoted.some((t) => t.includes(word))) return `message avec « ${word} » : ${code} ${message}`;
  // #VALUE! names the parameter: « taux : doit être… », « cellule 2 — quotité : … ».
  if (code === "#VALUE!" && !message.includes(" : ")) return `message qui ne nomme pas le paramètre : ${message}`;
  return null;
}

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && !Object.is(x, -0);

/** A number rounded to the cent (exactly checkable below EXACT_LIMIT; a larger double is left alone). */
const isCents = (x: number) => Math.abs(x) >= EXACT_LIMIT || new D(x).decimalPlaces() <= 2;

/** A matrix of finite numbers with `rows` rows of `columns` cells; a description of the first problem, or null. */
function matrixViolation(value: unknown, rows: number, columns: number, money: boolean): string | null {
  if (!Array.isArray(value) || value.length !== rows) return `pas une matrice de ${rows} ligne(s) : ${String(value)}`;
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== columns) return `une ligne n'a pas ${columns} cellule(s)`;
    for (const x of row) {
      if (!isNumber(x)) return `cellule invalide : ${Object.is(x, -0) ? "-0" : String(x)}`;
      if (money && !isCents(x)) return `montant non arrondi au centime : ${x}`;
    }
  }
  return null;
}

function valueViolation(spec: FunctionSpec, args: unknown[], value: unknown): string | null {
  switch (spec.result) {
    case "text":
      return typeof value === "string" ? null : `pas un texte : ${String(value)}`;
    case "money":
    case "ratio":
      if (!isNumber(value)) return `pas un nombre fini : ${Object.is(value, -0) ? "-0" : String(value)}`;
      return spec.result === "money" && !isCents(value) ? `montant non arrondi au centime : ${value}` : null;
    case "split":
      return matrixViolation(value, 1, 2, true);
    case "status":
      return statusViolation(value);
    case "allocation":
    case "schedule": {
      // The call succeeded, so the requests are a rectangular range or a single value.
      const requests = args[0];
      const rows = Array.isArray(requests) ? requests.length : 1;
      const columns = Array.isArray(requests) && Array.isArray(requests[0]) ? requests[0].length : 1;
      return spec.result === "allocation" ? matrixViolation(value, rows, columns, true) : matrixViolation(value, rows * columns, 4, true);
    }
  }
}

/** PARAM_STATUS's row: one of the three statuses, a whole date serial, a source text. */
function statusViolation(value: unknown): string | null {
  const row = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) ? (value[0] as unknown[]) : null;
  if (!row || row.length !== 3) return `pas une ligne de 3 cellules : ${fc.stringify(value)}`;
  const [status, from, source] = row;
  if (status !== "source" && status !== "estimation" && status !== "décision") return `statut inconnu : ${String(status)}`;
  if (!isNumber(from) || !Number.isInteger(from) || from < 1) return `date d'effet invalide : ${String(from)}`;
  return typeof source === "string" && source.trim().length > 0 ? null : `source vide : ${String(source)}`;
}

/** Same value or same error, cell by cell (-0 and 0 differ, NaN equals NaN). */
function sameOutcome(a: Outcome, b: Outcome): boolean {
  const same = (x: unknown, y: unknown): boolean =>
    Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => same(v, y[i])) : Object.is(x, y);
  if ("error" in a && "error" in b) {
    const [x, y] = [a.error, b.error] as ExcelError[];
    return x instanceof ExcelError && y instanceof ExcelError && x.code === y.code && x.message === y.message;
  }
  return "value" in a && "value" in b && same(a.value, b.value);
}

const show = (o: Outcome) =>
  "value" in o ? fc.stringify(o.value) : o.error instanceof ExcelError ? `${o.error.code} ${o.error.message}` : String(o.error);

// ---------------------------------------------------------------------------------------------
// The arguments
// ---------------------------------------------------------------------------------------------

/**
 * Arguments for a function: mostly plausible values of each parameter (ranges sharing one
 * shape, optional ones sometimes blank), sometimes anything at all; sometimes the trailing
 * arguments are missing altogether (undefined).
 */
function argumentsFor(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const n = spec.params.length;
  if (n === 0)
    return fc.oneof(
      { arbitrary: fc.constant<unknown[]>([]), weight: 3 },
      { arbitrary: fc.array(anyArgument, { maxLength: 2 }), weight: 1 },
    );
  const typed = anyShape.chain((main) =>
    fc.tuple(...spec.params.map((q) => (q.range ? rangeArgument(q.kind, main, !!q.optional) : scalarArgument(q.kind, !!q.optional)))),
  );
  const anything = fc.array(anyArgument, { minLength: n, maxLength: n });
  const full = fc.oneof({ arbitrary: typed, weight: 7 }, { arbitrary: anything, weight: 1 });
  const kept = fc.oneof({ arbitrary: fc.constant(n), weight: 9 }, { arbitrary: fc.nat({ max: n - 1 }), weight: 1 });
  return fc.tuple(full, kept).map(([args, k]) => args.slice(0, k));
}

// ---------------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------------

const FUNCTIONS = Object.keys(SPECS);
const totalRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 500 * FUNCTIONS.length;
const perFunction = Math.ceil(totalRuns / FUNCTIONS.length);
const timeout = process.env.FUZZ_RUNS ? 3_600_000 : 120_000;

let bundle: Bundle;
beforeAll(async () => {
  bundle = await loadBundle();
}, BUILD_TIMEOUT_MS);

/** Returned values and errors per function, to check that both paths were exercised. */
const tally = new Map<string, { values: number; errors: number }>();

afterAll(() => {
  const lines = [...tally].map(
    ([id, t]) => `${id.padEnd(20)} ${String(t.values).padStart(6)} valeurs ${String(t.errors).padStart(6)} erreurs`,
  );
  if (process.env.FUZZ_RUNS || process.env.FUZZ_TALLY)
    console.log(`Fuzzing des fonctions par le bundle : ${perFunction} cas par fonction\n${lines.join("\n")}`);
});

test("the specification of this test covers exactly the contract's functions and parameters", () => {
  const contract = readContract();
  expect([...FUNCTIONS].sort()).toEqual(contract.map((c) => c.id).sort());
  for (const c of contract) {
    expect([c.id, SPECS[c.id].params.map((q) => [q.name, !!q.optional])]).toEqual([c.id, c.parameters.map((q) => [q.name, q.optional])]);
  }
  expect(perFunction * FUNCTIONS.length).toBeGreaterThanOrEqual(process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 2000);
});

describe(`fuzzing through the bundle: ${perFunction} cases per function`, () => {
  test.each(FUNCTIONS)(
    "%s returns a finite number or a matrix of the right shape, or #VALUE!/#N/A with a message",
    (id) => {
      const spec = SPECS[id];
      const counts = { values: 0, errors: 0 };
      tally.set(id, counts);
      fc.assert(
        fc.property(argumentsFor(spec), (args) => {
          const outcome = call(
            bundle.fn(id),
            args.map((a) => bundle.toRealm(a)),
          );
          const violation =
            "error" in outcome
              ? errorViolation(outcome.error, args)
              : (valueViolation(spec, args, outcome.value) ?? spec.invariant?.(args, outcome.value) ?? null);
          if (violation) throw new Error(`${id} : ${violation}`);
          const source = call(spec.source as (...args: unknown[]) => unknown, args);
          if (!sameOutcome(outcome, source)) throw new Error(`${id} : le bundle rend ${show(outcome)}, les sources ${show(source)}`);
          counts["error" in outcome ? "errors" : "values"]++;
        }),
        { numRuns: perFunction },
      );
      // Not only the argument checks: a share of the cases reach a result (about 10 % to 60 %).
      expect(counts.values).toBeGreaterThanOrEqual(perFunction * 0.05);
    },
    timeout,
  );
});

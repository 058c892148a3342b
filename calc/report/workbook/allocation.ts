import type { Book, Payee } from "./book";
import { conv, type Sharing } from "./convention";
import { cents, plus, rat, roundScaled, ZERO_R, type Rational } from "./exact";
import { ALLOCATION, ALLOCATION_FORECAST, MANAGERS, STRUCTURES } from "./layouts";
import { poolCaps } from "./managers";
import { FIRST_ROW, SheetWriter } from "./sheet";
import { capOf, ruleExact, ruleFormula } from "./structures";

type W = SheetWriter<(typeof ALLOCATION.columns)[number]["key"]>;
type Key = (typeof ALLOCATION.columns)[number]["key"];

const MICRO = 1_000_000n;

/** One sharing of the envelope (forecast or final) as the sheet computes it, in exact whole numbers. */
interface Simulation {
  /** Quota in millionths of a cent, ROUND(…; 6). */
  q6: bigint[];
  floor: bigint[];
  remainder: bigint[];
  rank: number[];
  left: bigint;
  /** What the formulas give, in cents. */
  parts: bigint[];
  /** Rows whose whole cents or remainder floating point could get otherwise: written as values. */
  fragile: boolean[];
}

/** The sheet's formulas on exact values: ROUND(quota; 6), INT, the rank (ties to the earlier), the cents left. */
export function simulate(requests: readonly bigint[], envelope: bigint): Simulation {
  const total = requests.reduce((a, r) => a + r, 0n);
  const quota = (r: bigint): Rational => (total === 0n ? { n: 0n, d: 1n } : { n: r * envelope, d: total });
  const q6 = requests.map((r) => roundScaled(quota(r), 6));
  const floor = q6.map((q) => q / MICRO);
  const remainder = q6.map((q, i) => q - floor[i] * MICRO);
  const order = requests.map((_, i) => i).sort((a, b) => (remainder[b] > remainder[a] ? 1 : remainder[b] < remainder[a] ? -1 : a - b));
  const rank: number[] = [];
  order.forEach((i, k) => (rank[i] = k + 1));
  const left = envelope - floor.reduce((a, f) => a + f, 0n);
  const fits = total <= envelope;
  const parts = requests.map((r, i) => (fits ? r : floor[i] + (BigInt(rank[i]) <= left ? 1n : 0n)));
  // A quota computed in floating point is within ε of the exact one (ε: 10^-14 relative, far above the few ulps of
  // D × 100 × E / S, and above LibreOffice's 15-digit correction); each bound rounded to 6 decimals gives the interval.
  const bounds = requests.map((r) => {
    const q = quota(r);
    const eps: Rational = { n: q.n + q.d * 100_000n, d: q.d * 100_000_000_000_000n }; // q·10^-14 + 10^-9
    const lo = roundScaled({ n: q.n * eps.d - eps.n * q.d, d: q.d * eps.d }, 6);
    const hi = roundScaled({ n: q.n * eps.d + eps.n * q.d, d: q.d * eps.d }, 6);
    return { lo, hi };
  });
  // A row is fragile when floating point could give its quota another whole-cent part, or order its remainder
  // otherwise against another row's: its whole cents and remainder are then written as values (checked).
  const fragile = bounds.map((b) => b.lo / MICRO !== b.hi / MICRO);
  const remLo = bounds.map((b, i) => b.lo - floor[i] * MICRO);
  const remHi = bounds.map((b, i) => b.hi - floor[i] * MICRO);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    for (let m = k + 1; m < order.length && remainder[order[m]] >= remainder[i] - 2n; m++) {
      const j = order[m];
      const separated = remLo[i] > remHi[j];
      const same = requests[i] === requests[j] || (remLo[i] === remHi[i] && remLo[j] === remHi[j] && remainder[i] === remainder[j]);
      if (!separated && !same) fragile[i] = fragile[j] = true;
    }
  }
  return { q6, floor, remainder, rank, left, parts, fragile };
}

const micro = (x: bigint): number => Number(x) / 1e6;

/**
 * Répartition: one row per payee (a structure, or a pooled manager), the envelope shared by the
 * largest remainder with plain formulas: quota in cents ROUND(D × 100 × enveloppe / Σ D; 6), its
 * whole cents INT, its remainder, the rank of the remainder (SUMPRODUCT, ties to the earlier
 * row), and the part: the request when the requests fit, else the whole cents plus one for the
 * ranks within the cents left. Done for the forecast requests, and for the final requests under
 * the « redistribué » rule.
 */
export function writeAllocation(book: Book): Sharing {
  const redistributed = book.result.rules.finalPayment === "redistribue";
  const w: W = new SheetWriter(
    book.wb,
    redistributed ? ALLOCATION : ALLOCATION_FORECAST,
    "Répartition de l'enveloppe au plus fort reste",
    "Quote-part = demande × enveloppe / Σ demandes, en centimes ; chacun reçoit ses centimes entiers, puis un centime de plus pour les plus forts restes (à égalité, le premier), autant qu'il en reste.",
    book.stats,
  );
  const envelope = cents(book.result.rules.envelope);
  book.payees.forEach((p) => {
    const m = p.kind === "pool" ? p.manager.result : p.structure.result;
    w.text(p.row, "id", m.id);
    w.text(p.row, "name", m.name);
    w.text(p.row, "kind", p.kind === "pool" ? "Gestionnaire mutualisé" : "Structure");
  });
  const forecast = share(book, w, envelope, "forecast");
  const balanceRate = balanceRateChecks(book, w);
  // Under the « plafonné » rule each final amount is capped on its payee's row (Structures, Gestionnaires).
  const final = redistributed ? share(book, w, envelope, "final") : undefined;
  w.finish();
  return { forecast, ...(final ? { final } : {}), balanceRate };
}

/**
 * The balance rate checked: each payee's request by the rule at the balance rate (Convention)
 * and at that rate + 0,0001, and on the Convention sheet whether their sums fit the envelope:
 * TRUE at the rate, FALSE above it (no rate above 100 % is searched).
 */
function balanceRateChecks(book: Book, w: W): NonNullable<Sharing["balanceRate"]> {
  const { rules } = book.result;
  const steps = BigInt(Math.round(Number(book.result.budget.balanceRate) * 10_000));
  const rates = { atBalanceRate: { n: steps, d: 10_000n }, aboveBalanceRate: { n: steps + 1n, d: 10_000n } };
  const rateRefs = { atBalanceRate: conv("balanceRate"), aboveBalanceRate: `(${conv("balanceRate")}+0.0001)` };
  const top = steps >= 10_000n;
  const sums = { atBalanceRate: 0n, aboveBalanceRate: 0n };
  for (const p of book.payees) {
    const base =
      p.kind === "structure"
        ? {
            payroll: STRUCTURES.cell("payroll", p.structure.row),
            deduction: STRUCTURES.cell("deduction", p.structure.row),
            cap: capOf(book, p.structure) ? STRUCTURES.cell("cap", p.structure.row) : undefined,
            exact: {
              payroll: rat(p.structure.result.payroll),
              deduction: rat(p.structure.result.deduction),
              cap: capOf(book, p.structure),
            },
          }
        : {
            payroll: MANAGERS.cell("payroll", p.manager.row),
            deduction: MANAGERS.cell("deduction", p.manager.row),
            cap: poolCaps(book, p.manager)
              ? `SUM(${STRUCTURES.range("cap", p.manager.structures.from, p.manager.structures.to)})`
              : undefined,
            exact: {
              payroll: p.manager.members.reduce((a, s) => plus(a, rat(s.result.payroll)), ZERO_R),
              deduction: p.manager.members.reduce((a, s) => plus(a, rat(s.result.deduction)), ZERO_R),
              cap: poolCaps(book, p.manager),
            },
          };
    for (const key of top ? (["atBalanceRate"] as const) : (["atBalanceRate", "aboveBalanceRate"] as const)) {
      const f = ruleFormula(rules.shareBase, rateRefs[key], base.payroll, base.deduction, base.cap);
      const exact = ruleExact(rates[key], base.exact.payroll, base.exact.deduction, base.exact.cap, rules.shareBase);
      sums[key] += exact.cents;
      w.rounded(p.row, key, f.inner, exact.inner, (Number(exact.cents) / 100).toFixed(2), {
        formula: f.wrap,
        cents: exact.cents,
        label: f.label,
      });
    }
  }
  const envelope = cents(rules.envelope);
  const last = FIRST_ROW + book.payees.length - 1;
  const sum = (key: Key) => `ROUND(SUM(${ALLOCATION.range(key, FIRST_ROW, last)}),2)`;
  return {
    fits: { formula: `${sum("atBalanceRate")}<=${conv("envelope")}`, result: sums.atBalanceRate <= envelope },
    above: top
      ? { text: "taux de 100 % : aucun taux au-dessus n'est cherché" }
      : { formula: `${sum("aboveBalanceRate")}<=${conv("envelope")}`, result: sums.aboveBalanceRate <= envelope },
  };
}

const KEYS = {
  forecast: { req: "requested", quota: "quota", floor: "floor", rem: "remainder", rank: "rank", part: "allocated" },
  final: { req: "finalRequested", quota: "finalQuota", floor: "finalFloor", rem: "finalRemainder", rank: "finalRank", part: "final" },
} as const;

function share(book: Book, w: W, envelope: bigint, which: "forecast" | "final"): Sharing["forecast"] {
  const k = KEYS[which];
  const amount = (p: Payee, key: "requested" | "allocated" | "finalRequested" | "final"): bigint =>
    p.kind === "structure" ? cents(p.structure.result[key]) : p.manager.members.reduce((a, s) => a + cents(s.result[key]), 0n);
  const requests = book.payees.map((p) => amount(p, k.req));
  const engine = book.payees.map((p) => amount(p, k.part));
  const sim = simulate(requests, envelope);
  const exact = sim.parts.every((x, i) => x === engine[i]);
  const C = (key: Key, row: number) => `${ALLOCATION.col(key)}${row}`;
  const last = FIRST_ROW + book.payees.length - 1;
  // Each row sums the column itself rather than reading a cell that does: LibreOffice's threaded
  // calculation of a long column of formulas gave #VALUE! when they read a single cell whose own
  // computation went through other columns (a range they read is computed first). The sums, the
  // test and the cents left are also shown below the rows, for the reader.
  const [sumRow, fitsRow, leftRow] = [last + 2, last + 3, last + 4];
  const $ = (key: Key, row: number) => `$${ALLOCATION.col(key)}$${row}`;
  const env = conv("envelope");
  const range = (key: Key) => `${ALLOCATION.col(key)}$${FIRST_ROW}:${ALLOCATION.col(key)}$${last}`;
  const sum = `ROUND(SUM(${range(k.req)}),2)`;
  const fits = `${sum}<=${env}`;
  const left = `ROUND(${env}*100-SUM(${range(k.floor)}),0)`;
  book.payees.forEach((p, i) => {
    const r = p.row;
    const source =
      p.kind === "structure"
        ? STRUCTURES.cell(which === "forecast" ? "requested" : "finalRequested", p.structure.row)
        : MANAGERS.cell(which === "forecast" ? "poolRequested" : "poolFinalRequested", p.manager.row);
    w.formula(r, k.req, source, Number(requests[i]) / 100);
    w.formula(r, k.quota, `IF(${sum}=0,0,ROUND(${C(k.req, r)}*100*${env}/${sum},6))`, micro(sim.q6[i]));
    if (exact) {
      if (!sim.fragile[i]) {
        w.formula(r, k.floor, `INT(${C(k.quota, r)})`, Number(sim.floor[i]));
        w.formula(r, k.rem, `ROUND(${C(k.quota, r)}-${C(k.floor, r)},6)`, micro(sim.remainder[i]));
      } else {
        const why = "plus fort reste";
        w.checked(r, k.floor, Number(sim.floor[i]), why, `${C(k.floor, r)} : quote-part`, C(k.quota, r), micro(sim.q6[i]));
        w.checked(
          r,
          k.rem,
          micro(sim.remainder[i]),
          why,
          `${C(k.rem, r)} : quote-part − centimes`,
          `${C(k.quota, r)}-${C(k.floor, r)}`,
          micro(sim.remainder[i]),
        );
      }
      const rem = range(k.rem);
      w.formula(r, k.rank, `1+SUMPRODUCT((${rem}>${C(k.rem, r)})+(${rem}=${C(k.rem, r)})*(ROW(${rem})<ROW(${C(k.rem, r)})))`, sim.rank[i]);
      w.formula(r, k.part, `IF(${fits},${C(k.req, r)},(${C(k.floor, r)}+IF(${C(k.rank, r)}<=${left},1,0))/100)`, Number(engine[i]) / 100);
    } else {
      const label = `${C(k.part, r)} ≈ quote-part / 100`;
      w.checked(r, k.part, Number(engine[i]) / 100, "plus fort reste", label, `${C(k.quota, r)}/100`, micro(sim.q6[i]) / 100);
    }
  });
  const total = requests.reduce((a, x) => a + x, 0n);
  w.text(sumRow, "kind", "Σ des demandes");
  w.formula(sumRow, k.req, sum, Number(total) / 100);
  w.text(fitsRow, "kind", "Tiennent dans l'enveloppe");
  w.formula(fitsRow, k.req, `${$(k.req, sumRow)}<=${env}`, total <= envelope);
  w.text(leftRow, "kind", "Centimes restant à répartir");
  if (exact) w.formula(leftRow, k.req, left, Number(sim.left));
  else w.text(leftRow, k.req, "voir les cellules ambrées");
  const ref = (row: number) => `'${ALLOCATION.sheet}'!${$(k.req, row)}`;
  return {
    requested: { formula: ref(sumRow), result: Number(total) / 100 },
    fits: { formula: ref(fitsRow), result: total <= envelope },
    left: exact ? { formula: ref(leftRow), result: Number(sim.left) } : { text: "voir les cellules ambrées de la feuille Répartition" },
  };
}

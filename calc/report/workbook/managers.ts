import { AMOUNT_KEYS } from "../../engine/types";
import { objectivesOf, type Book, type BookManager } from "./book";
import { conv } from "./convention";
import { cents, mul, ofCents, plus, rat, toNumberR, ZERO_R, type Rational } from "./exact";
import { ALLOCATION, MANAGERS, STRUCTURES } from "./layouts";
import { excelSerial, isoToDate, SheetWriter } from "./sheet";
import { cappedFinal, ruleExact, ruleFormula } from "./structures";

type Key = (typeof MANAGERS.columns)[number]["key"];
type W = SheetWriter<Key>;

/**
 * Gestionnaires: one row per manager, each amount the SUM of its structures' rows. A pooled
 * manager also gets the rule applied to its summed payroll and deductions (its request, on the
 * Répartition sheet), its acompte ROUND(attribution × taux; 2), its final request, and a check:
 * Σ of its structures' parts − pooled figure, 0 expected (the parts are split among the
 * structures by the largest remainder, written as values).
 */
export function writeManagers(book: Book): void {
  const w: W = new SheetWriter(
    book.wb,
    MANAGERS,
    "Gestionnaires : totaux de leurs structures",
    "Chaque montant est la somme des lignes de ses structures (feuille Structures) ; un gestionnaire mutualisé applique la règle à la somme de ses structures, et son attribution finale lui est calculée avant d'être ventilée entre elles.",
    book.stats,
  );
  for (const m of book.managers) writeManager(book, w, m);
  w.finish();
}

function writeManager(book: Book, w: W, m: BookManager): void {
  const { row, result: r } = m;
  const { from, to } = m.structures;
  w.text(row, "id", r.id);
  w.text(row, "name", r.name);
  w.text(row, "kind", r.kind);
  w.text(row, "pooled", r.pooled ? "oui" : "non");
  const ids = STRUCTURES.range("id", from, to);
  w.formula(row, "structures", ids ? `COUNTA(${ids})` : "0", r.structures);
  const fte = STRUCTURES.range("fte", from, to);
  w.formula(row, "fte", fte ? `SUM(${fte})` : "0", Number(r.fte));
  writeDate(book, w, m, "advanceDate");
  writeDate(book, w, m, "balanceDate");
  for (const key of AMOUNT_KEYS) {
    const range = STRUCTURES.range(key, from, to);
    w.formula(row, key, range ? `SUM(${range})` : "0", Number(r[key]));
  }
  if (r.pooled) writePool(book, w, m);
}

/** A manager's acompte or solde date: its own (an input), or the convention's. */
function writeDate(book: Book, w: W, m: BookManager, key: "advanceDate" | "balanceDate"): void {
  const own = m.input[key];
  if (own !== undefined) return w.input(m.row, key, isoToDate(own));
  w.formula(m.row, key, conv(key), excelSerial(book.result.rules[key]));
}

function writePool(book: Book, w: W, m: BookManager): void {
  const { row } = m;
  const { from, to } = m.structures;
  const C = (k: Key) => `${MANAGERS.col(k)}${row}`;
  const sum = (k: "payroll" | "deduction" | "actualPayroll" | "cap" | "met" | "weights") => `SUM(${STRUCTURES.range(k, from, to)})`;
  const total = (k: "requested" | "allocated" | "advance" | "finalRequested" | "final") =>
    m.members.reduce((a, s) => a + cents(s.result[k]), 0n);
  const rate = rat(book.result.rules.rate);
  const deduction = m.members.reduce((a, s) => plus(a, rat(s.result.deduction)), ZERO_R);
  const payroll = m.members.reduce((a, s) => plus(a, rat(s.result.payroll)), ZERO_R);
  const actual = m.members.reduce((a, s) => plus(a, rat(s.result.actualPayroll)), ZERO_R);
  const caps = poolCaps(book, m);
  const reading = book.result.rules.shareBase;
  const rule = (payroll: "payroll" | "actualPayroll") =>
    ruleFormula(reading, conv("rate"), sum(payroll), sum("deduction"), caps ? sum("cap") : undefined);
  const wrap = (f: ReturnType<typeof rule>, c: bigint) => ({ formula: f.wrap, cents: c, label: f.label });
  const own = ruleExact(rate, payroll, deduction, caps, reading);
  w.rounded(row, "poolRequested", rule("payroll").inner, own.inner, text(total("requested")), wrap(rule("payroll"), own.cents));
  const allocated = total("allocated");
  if (book.full) w.formula(row, "poolAllocated", payeeRef(book, m, "allocated"), Number(allocated) / 100);
  else w.input(row, "poolAllocated", Number(allocated) / 100);
  w.rounded(
    row,
    "poolAdvance",
    `${C("poolAllocated")}*${conv("advanceRate")}`,
    mul(ofCents(allocated), rat(book.result.rules.advanceRate)),
    text(total("advance")),
  );
  const objectives = book.evaluated ? m.members.flatMap((s) => s.input.objectives) : [];
  const { ratio } = objectivesOf(objectives);
  w.formula(row, "poolAchievement", `IF(${sum("weights")}=0,1,${sum("met")}/${sum("weights")})`, toNumberR(ratio));
  const share = ruleExact(rate, actual, deduction, caps, reading);
  w.rounded(row, "poolFinalShare", rule("actualPayroll").inner, share.inner, text(share.cents), wrap(rule("actualPayroll"), share.cents));
  w.rounded(
    row,
    "poolFinalRequested",
    `${C("poolFinalShare")}*${C("poolAchievement")}`,
    mul(ofCents(share.cents), ratio),
    text(total("finalRequested")),
  );
  const final = total("final");
  if (book.result.rules.finalPayment === "plafonne") {
    const f = cappedFinal(C("poolAllocated"), C("poolRequested"), C("poolFinalRequested"), {
      allocated,
      requested: total("requested"),
      finalRequested: total("finalRequested"),
    });
    w.rounded(row, "poolFinal", f.inner, f.exact, text(final), { formula: f.wrap, cents: final });
  } else if (book.full) w.formula(row, "poolFinal", payeeRef(book, m, "final"), Number(final) / 100);
  else w.input(row, "poolFinal", Number(final) / 100);
  const pairs: [Key, Key][] = [
    ["requested", "poolRequested"],
    ["allocated", "poolAllocated"],
    ["advance", "poolAdvance"],
    ["finalRequested", "poolFinalRequested"],
    ["final", "poolFinal"],
  ];
  w.formula(row, "poolCheck", `ROUND(${pairs.map(([a, b]) => `ABS(${C(a)}-${C(b)})`).join("+")},2)`, 0);
}

/** A pooled manager's cap: Σ of its structures' caps when every one has one (as the engine does), else none. */
export function poolCaps(book: Book, m: BookManager): Rational | undefined {
  const capped = m.members.every((s) => s.input.cap !== undefined || book.result.rules.capPerStructure !== undefined);
  return capped ? m.members.reduce((a, s) => plus(a, ofCents(capCents(book, s.input.cap))), ZERO_R) : undefined;
}

/** The cap of a structure as the Structures sheet writes it (its own and the convention's, the lower, down to the cent), in cents. */
function capCents(book: Book, own: number | string | undefined): bigint {
  const rule = book.result.rules.capPerStructure;
  const values = [own, rule].filter((x): x is number | string => x !== undefined).map((x) => mul(rat(x), rat(100)));
  const floors = values.map((v) => (v.n >= 0n ? v.n / v.d : -((-v.n + v.d - 1n) / v.d)));
  return floors.reduce((a, b) => (a < b ? a : b));
}

function payeeRef(book: Book, m: BookManager, key: "allocated" | "final"): string {
  const payee = book.payees.find((p) => p.kind === "pool" && p.manager === m) as { row: number };
  return `'${ALLOCATION.sheet}'!${ALLOCATION.col(key)}${payee.row}`;
}

const text = (c: bigint): string => (Number(c) / 100).toFixed(2);

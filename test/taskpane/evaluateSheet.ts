/**
 * Computes the formulas the add-in writes into the mock workbook, as Excel would, with the real
 * FS custom functions (src/functions/functions.ts): so that a test compares the figures a sheet
 * shows with the engine's. Only the syntax the add-in writes is read (FS calls, MIN, cell and range
 * references, numbers, quoted text, empty arguments, `+`); anything else fails the test loudly.
 */
import { cell as excelCell } from "../support/customFunctions";
import * as FS from "../../src/functions/functions";
import { bounds, type MockSheet } from "./excelMock";

type Value = unknown;
interface Range {
  range: Value[][];
}

/** Each FS function the sheets use, with the positions of its range arguments (`unknown[][]`). */
const FUNCTIONS: Record<string, { fn: (...args: never[]) => unknown; ranges: number[] }> = {
  "FS.BASE_SALARY": { fn: FS.baseSalary, ranges: [] },
  "FS.EMPLOYER_RATE": { fn: FS.employerRate, ranges: [] },
  "FS.LOADED_COST": { fn: FS.loadedCost, ranges: [] },
  "FS.PAYROLL": { fn: FS.payroll, ranges: [0, 1, 2, 3] },
  "FS.STATE_FORFAIT": { fn: FS.stateForfait, ranges: [] },
  "FS.DEPT_SHARE": { fn: FS.deptShare, ranges: [] },
  "FS.ADVANCE": { fn: FS.advance, ranges: [] },
  "FS.NET_COST": { fn: FS.netCost, ranges: [3] },
  "FS.ALLOCATE": { fn: FS.allocate, ranges: [0, 2] },
  "FS.SCHEDULE": { fn: FS.schedule, ranges: [0, 3] },
};

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?![.(\w])|([A-Z][A-Z0-9_.]*)(?=\()|(-?\d+(?:\.\d+)?)|([(),+]))/y;

/** What a cell shows: its value, or its formula computed (an error as "#CODE message"). */
export function evaluate(sheet: MockSheet, address: string, memo = new Map<string, Value>()): Value {
  if (memo.has(address)) return memo.get(address);
  const c = sheet.cells.get(address);
  const v = c?.formula ? computeFormula(sheet, c.formula, memo) : (c?.value ?? "");
  memo.set(address, v);
  return v;
}

function computeFormula(sheet: MockSheet, formula: string, memo: Map<string, Value>): Value {
  const tokens: string[][] = [];
  TOKEN.lastIndex = 1; // after "="
  while (TOKEN.lastIndex < formula.length) {
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`formule non lue par l'évaluateur de test : ${formula} (à ${TOKEN.lastIndex})`);
    tokens.push(m.slice(1, 6));
  }
  let i = 0;
  const peek = () => tokens[i]?.[4];
  const expect = (p: string) => {
    if (tokens[i++]?.[4] !== p) throw new Error(`« ${p} » attendu dans ${formula}`);
  };
  const scalar = (v: Value): Value => {
    if (typeof v === "object" && v !== null && "range" in v) {
      const r = (v as Range).range;
      if (r.length !== 1 || r[0].length !== 1) throw new Error(`plage non scalaire dans ${formula}`);
      return r[0][0];
    }
    return v;
  };
  const matrix = (v: Value): Value[][] => (typeof v === "object" && v !== null && "range" in v ? (v as Range).range : [[v]]);
  const term = (): Value => {
    const [text, ref, name, number] = tokens[i++] ?? [];
    if (text !== undefined) return text.slice(1, -1).replace(/""/g, '"');
    if (number !== undefined) return Number(number);
    if (ref !== undefined) return { range: rangeOf(sheet, ref.replace(/\$/g, ""), memo) } satisfies Range;
    if (name === undefined) throw new Error(`terme attendu dans ${formula}`);
    expect("(");
    const args: Value[] = [];
    if (peek() !== ")") {
      for (;;) {
        args.push(peek() === "," || peek() === ")" ? null : expr());
        if (peek() !== ",") break;
        i++;
      }
    }
    expect(")");
    if (name === "MIN") return Math.min(...args.map((a) => Number(scalar(a))));
    const f = FUNCTIONS[name];
    if (!f) throw new Error(`fonction inconnue de l'évaluateur de test : ${name}`);
    const passed = args.map((a, k) => (f.ranges.includes(k) ? (a === null ? null : matrix(a)) : scalar(a)));
    return excelCell(() => (f.fn as (...a: Value[]) => unknown)(...passed));
  };
  const expr = (): Value => {
    let v = term();
    while (peek() === "+") {
      i++;
      v = Number(scalar(v)) + Number(scalar(term()));
    }
    return v;
  };
  const out = scalar(expr());
  if (i !== tokens.length) throw new Error(`fin de formule inattendue : ${formula}`);
  return out;
}

function rangeOf(sheet: MockSheet, address: string, memo: Map<string, Value>): Value[][] {
  const b = bounds(address);
  if (b.c2 > 25) throw new Error(`colonnes au-delà de Z non gérées : ${address}`);
  const rows: Value[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const row: Value[] = [];
    for (let c = b.c1; c <= b.c2; c++) row.push(evaluate(sheet, `${String.fromCharCode(65 + c)}${r}`, memo));
    rows.push(row);
  }
  return rows;
}

/**
 * Arguments as Excel may pass them to a custom function: numbers of every magnitude, date
 * serials, text (numeric-looking, French words, formulas), booleans, blanks, and ranges of every
 * shape — rectangular, 1×1, empty, ragged, rows that are not rows, cells that are ranges. Plus
 * what Excel never passes but a function must survive: NaN, ±Infinity, undefined.
 *
 * Each kind of argument also has plausible values (an amount, a rate, a year…), drawn most of
 * the time, so that the computations are reached and not only the argument checks.
 */
import fc from "fast-check";

/** Numbers at the edges: signed zeros, halves of a cent, subnormals, the largest doubles. */
const edgeNumber = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  0.005,
  0.015,
  1.005,
  2.675,
  100.01,
  -0.004,
  1e-7,
  1e-300,
  5e-324,
  -5e-324,
  Number.EPSILON,
  1 - Number.EPSILON / 2,
  1 + Number.EPSILON,
  12,
  12.000000000000002,
  13,
  2022,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e13,
  1e15 + 0.5,
  1e21,
  1e300,
  -1e300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
);

/** Any finite number. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  edgeNumber,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.integer({ min: -100_000_000_00, max: 100_000_000_00 }).map((cents) => cents / 100),
  fc.double({ min: -1, max: 2, noNaN: true }),
);

/** Excel date serials: 1 = 1900-01-01, 60 = Excel's 29 February 1900, 2958465 = 9999-12-31; and beyond. */
export const dateSerial: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 2958465 }),
  fc.integer({ min: 42_000, max: 47_500 }), // 2014–2030, where the parameters change
  fc.double({ min: 1, max: 2958466, noNaN: true }),
  fc.constantFrom(-1, 0, 0.5, 1, 59, 60, 61, 42767, 44743, 44742.99, 45292, 2958465, 2958465.99, 2958466, 1e9),
);

/** The parameter names FS.PARAM accepts (spec/custom-functions.md). */
const PARAMETER_NAMES = [
  "forfait.total",
  "forfait.fnadt",
  "forfait.fnfs",
  "point.annuel",
  "cnracl.employeur",
  "departement.taux",
  "departement.enveloppe",
  "departement.taux_acompte",
];

/** Words of the domain and of the contract, as users may type them. */
const domainText = fc.constantFrom(
  "fixe",
  "FIXE",
  " fixe ",
  "itinerante",
  "Itinérante",
  "itinérante",
  "laposte",
  "LaPoste",
  "La Poste",
  "la_poste",
  "la-poste",
  "bus",
  "titulaire",
  "Titulaire ",
  "contractuel",
  "CONTRACTUEL",
  "contractuelle",
  "stagiaire",
  ...PARAMETER_NAMES,
  " forfait.total ",
  "forfait",
  "FORFAIT.TOTAL",
  "__proto__",
  "constructor",
  "toString",
);

/** Text that looks like something else: numbers, formulas, errors, JavaScript words. */
const trickyText = fc.constantFrom(
  " ",
  "0",
  "12,5",
  "12.5",
  "1e3",
  " 3 ",
  "-0",
  "0x10",
  "80 %",
  "1 000",
  "=1+1",
  '=HYPERLINK("http://exemple.fr";"clic")',
  "+33 1 23 45 67 89",
  "@x",
  "#N/A",
  "#VALUE!",
  "TRUE",
  "VRAI",
  "NaN",
  "Infinity",
  "undefined",
  "null",
  "[object Object]",
  "\u00a0",
  "\t\n",
  "é\u0301",
  "\ud800",
);

/** Any text a cell may hold. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  domainText,
  trickyText,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 6 }), // lone surrogates too
  anyNumber.map(String),
);

/** A blank: an omitted argument (null) or an empty cell (null or ""). */
export const blank = fc.constantFrom(null, "");

/** What Excel never passes, but a function must not crash on. */
const nonExcel = fc.constantFrom(NaN, Infinity, -Infinity, undefined);

/** Any single cell value. */
export const anyScalar: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyNumber, weight: 4 },
  { arbitrary: dateSerial, weight: 1 },
  { arbitrary: anyText, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: blank, weight: 1 },
  { arbitrary: nonExcel, weight: 1 },
);

/** The shape of a range: rows × columns. */
export interface Shape {
  rows: number;
  columns: number;
}

export const anyShape: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant({ rows: 1, columns: 1 }),
  fc.integer({ min: 1, max: 8 }).map((rows) => ({ rows, columns: 1 })), // a column
  fc.integer({ min: 1, max: 8 }).map((columns) => ({ rows: 1, columns })), // a row
  fc.record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 4 }) }),
);

/** A rectangular range of `shape` whose cells are drawn from `cell`. */
export function rangeOf<T>(shape: Shape, cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> {
  const n = shape.rows * shape.columns;
  return fc.array(cell, { minLength: n, maxLength: n }).map((values) => {
    const rows: T[][] = [];
    for (let r = 0; r < shape.rows; r++) rows.push(values.slice(r * shape.columns, (r + 1) * shape.columns));
    return rows;
  });
}

/** Ranges that are not rectangular ranges of cells: empty, ragged, rows that are not rows, cells that are ranges. */
export const oddRange: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom([], [[]], [[], []], [[[]]]),
  fc.array(fc.array(anyScalar, { maxLength: 4 }), { minLength: 2, maxLength: 4 }), // mostly ragged
  fc.array(fc.oneof(anyScalar, fc.array(anyScalar, { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 4 }), // rows that are not arrays
  anyShape.chain((shape) => rangeOf(shape, fc.oneof(anyScalar, rangeOf({ rows: 1, columns: 2 }, anyScalar)))), // nested deeper
);

/** Any range: rectangular with any cells, or odd. */
export const anyRange: fc.Arbitrary<unknown> = fc.oneof(
  anyShape.chain((shape) => rangeOf(shape, anyScalar)),
  oddRange,
);

/** Any argument at all. */
export const anyArgument: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: anyScalar, weight: 3 }, { arbitrary: anyRange, weight: 1 });

/** Plausible values of each kind of argument, edges included. */
export const plausible = {
  amount: fc.oneof(
    fc.integer({ min: 0, max: 1_000_000_00 }).map((cents) => cents / 100),
    fc.integer({ min: 0, max: 200_000 }),
    fc.double({ min: 0, max: 10_000_000, noNaN: true }),
    fc.constantFrom(0, -0, 0.005, 0.015, 100.01, 1e-300, 5e-324, 1e13, 1e15 + 0.5, 1e300, Number.MAX_VALUE),
  ),
  rate: fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom(0, 1, 0.5, 0.8, 0.4648, 5e-324, 1 - Number.EPSILON / 2),
  ),
  months: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 12, noNaN: true })),
  year: fc.oneof(
    { arbitrary: fc.integer({ min: 2019, max: 2026 }), weight: 6 }, // where the parameters are
    { arbitrary: fc.integer({ min: 1895, max: 2105 }), weight: 1 },
    { arbitrary: fc.constantFrom(1900, 2019, 2020, 2100, 2022.5), weight: 1 },
  ),
  serial: fc.oneof({ arbitrary: fc.integer({ min: 42_000, max: 47_500 }), weight: 3 }, { arbitrary: dateSerial, weight: 1 }),
  indice: fc.oneof(fc.integer({ min: 1, max: 1500 }), fc.constantFrom(0, 1, 352, 100_000, 100_001, 352.5)),
  kind: fc.oneof(fc.constantFrom("fixe", "itinerante", "Itinérante", "laposte", "LaPoste", " La Poste ", "la_poste"), domainText),
  status: fc.oneof(fc.constantFrom("titulaire", "contractuel", "Titulaire ", "CONTRACTUEL", "contractuél"), domainText),
  name: fc.oneof(fc.constantFrom(...PARAMETER_NAMES, " forfait.total "), domainText),
  met: fc.constantFrom(true, false, 1, 0, null, ""),
  reading: fc.oneof(fc.constantFrom("masse_moins_forfait", "part_moins_forfait", " Part_moins_forfait ", "masse"), domainText),
  finalRule: fc.oneof(fc.constantFrom("plafonne", "redistribue", "PLAFONNE ", "plafonné"), domainText),
  weight: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(5e-324, 1e300)),
} satisfies Record<string, fc.Arbitrary<unknown>>;

export type Kind = keyof typeof plausible;

/** A cell of a range of `kind`: mostly plausible, sometimes blank, sometimes anything. */
export function cellOf(kind: Kind): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible[kind], weight: 12 }, { arbitrary: blank, weight: 1 }, { arbitrary: anyScalar, weight: 1 });
}

/** A scalar argument of `kind`: mostly plausible, sometimes anything, sometimes a range; blank when optional. */
export function scalarArgument(kind: Kind, optional: boolean): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: plausible[kind], weight: 20 },
    { arbitrary: blank, weight: optional ? 3 : 1 },
    { arbitrary: anyScalar, weight: 2 },
    { arbitrary: rangeOf({ rows: 1, columns: 1 }, plausible[kind]), weight: 1 },
    { arbitrary: anyRange, weight: 1 },
  );
}

/**
 * A range argument of `kind` that goes with a range of shape `main`: mostly of that shape,
 * sometimes a single cell (one value for every line), another shape, an odd range or a scalar.
 */
export function rangeArgument(kind: Kind, main: Shape, optional: boolean): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: rangeOf(main, cellOf(kind)), weight: 12 },
    { arbitrary: rangeOf({ rows: 1, columns: 1 }, cellOf(kind)), weight: 2 },
    { arbitrary: optional ? fc.constant(null) : blank, weight: optional ? 3 : 1 },
    { arbitrary: plausible[kind], weight: 1 },
    { arbitrary: anyShape.chain((shape) => rangeOf(shape, cellOf(kind))), weight: 1 },
    { arbitrary: anyRange, weight: 1 },
  );
}

/**
 * The generated metadata against the contract: functions.json (English, from the JSDoc) lists
 * exactly the contract's ids with their parameters and optional flags; functions.fr-FR.json
 * gives the French names and descriptions and nothing else differs.
 */
import fs from "fs";
import path from "path";
import { builtDist, BUILD_TIMEOUT_MS } from "../support/build";
import { readContract } from "../support/contract";
import frTable from "../../src/functions/fr-FR.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localize } = require("../../scripts/localize-metadata");

interface Parameter {
  name: string;
  description: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

const contract = readContract();
let english: Fn[];
let french: Fn[];

beforeAll(async () => {
  const dist = await builtDist();
  english = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions;
  french = JSON.parse(fs.readFileSync(path.join(dist, "functions.fr-FR.json"), "utf8")).functions;
}, BUILD_TIMEOUT_MS);

test("the contract lists 17 functions (a failed read of the table would make the rest vacuous)", () => {
  expect(contract).toHaveLength(17);
});

test("functions.json: exactly the contract's ids, named after the ids", () => {
  expect(english.map((f) => f.id).sort()).toEqual(contract.map((c) => c.id).sort());
  for (const f of english) expect(f.name).toBe(f.id);
});

test.each(readContract())("functions.json: $id has the contract's parameters, in order, with their optional flags", (c) => {
  const f = english.find((e) => e.id === c.id)!;
  expect(f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(c.parameters);
  for (const p of f.parameters) expect(p.description).toMatch(/\S/);
  expect(f.description).toMatch(/\S/);
});

test("pure, synchronous, not volatile: no function has options (volatile, stream, cancelable…)", () => {
  for (const f of english) expect(f.options).toBeUndefined();
});

test("ranges in, rows out: matrix results for STATE_FORFAIT_SPLIT, ALLOCATE, SCHEDULE and PARAM_STATUS; text for VERSION", () => {
  const matrix = english.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);
  expect(matrix.sort()).toEqual(["ALLOCATE", "PARAM_STATUS", "SCHEDULE", "STATE_FORFAIT_SPLIT"]);
  expect(english.find((f) => f.id === "VERSION")!.result.type).toBe("string");
  const ranges = english.flatMap((f) => f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`));
  expect(ranges.sort()).toEqual(
    [
      "PAYROLL.costs",
      "PAYROLL.fte",
      "PAYROLL.months",
      "PAYROLL.assignment",
      "NET_COST.other",
      "ALLOCATE.requests",
      "ALLOCATE.caps",
      "SCHEDULE.requests",
      "SCHEDULE.actuals",
      "ACHIEVEMENT.met",
      "ACHIEVEMENT.weights",
    ].sort(),
  );
});

test("functions.fr-FR.json: the contract's French names", () => {
  const names = Object.fromEntries(french.map((f) => [f.id, f.name]));
  expect(names).toEqual(Object.fromEntries(contract.map((c) => [c.id, c.french])));
});

test("functions.fr-FR.json: French descriptions of every function and parameter; ids, types and options as in functions.json", () => {
  for (const en of english) {
    const fr = french.find((f) => f.id === en.id)!;
    if (en.id !== "VERSION") expect(fr.description).not.toBe(en.description);
    expect(fr.description).toMatch(/\S/);
    expect(fr.result).toEqual(en.result);
    expect(fr.parameters).toHaveLength(en.parameters.length);
    fr.parameters.forEach((p, i) => {
      const { name: enName, description: enDescription, ...shape } = en.parameters[i];
      const { name, description, ...frShape } = p;
      expect(frShape).toEqual(shape);
      expect(description).not.toBe(enDescription);
      expect(name).toMatch(/^[\p{L}_]+$/u);
      expect(enName).toMatch(/^[a-z_]+$/);
    });
  }
  expect(french.find((f) => f.id === "STATE_FORFAIT")!.parameters.map((p) => p.name)).toEqual(["année", "type", "mois"]);
});

test("the French metadata cannot drift: an id or a parameter missing from the table, or one too many, is a build error", () => {
  const metadata = { functions: english };
  const table = JSON.parse(JSON.stringify(frTable));
  delete table.VERSION;
  delete table.STATE_FORFAIT.parameters.months;
  table.STATE_FORFAIT.parameters.extra = { name: "x", description: "x" };
  expect(localize(metadata, table).errors.sort()).toEqual(
    [
      "VERSION: missing from the translation table",
      "STATE_FORFAIT.months: parameter missing from the translation table",
      "STATE_FORFAIT.extra: in the translation table but not a parameter",
    ].sort(),
  );
  expect(localize(metadata, { ...frTable, OLD_ID: frTable.VERSION }).errors).toEqual([
    "OLD_ID: in the translation table but not in functions.json",
  ]);
  expect(localize(metadata, frTable).errors).toEqual([]);
});

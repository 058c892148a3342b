/**
 * LibreOffice headless for the tests: recalculates .xlsx files (every formula, on load) and
 * saves them again, so that ExcelJS can read the figures LibreOffice computed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type ExcelJS from "exceljs";

/** Where Debian's libreoffice-calc-nogui puts it. */
export const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));

/** Always recalculate an OOXML file on load (0), instead of trusting the cached results or asking. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Recalculates the files with one LibreOffice launch (a private profile, removed afterwards) and
 * returns the paths of the recalculated copies, in `outDir`, by input path.
 */
export function recalculate(files: readonly string[], outDir: string, timeoutMs = 8 * 60_000): Map<string, string> {
  if (!SOFFICE) throw new Error("soffice introuvable");
  const profile = mkdtempSync(join(tmpdir(), "fs-ctec-lo-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    mkdirSync(outDir, { recursive: true });
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, ...files], {
      timeout: timeoutMs,
      stdio: "pipe",
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const out = new Map<string, string>();
  for (const f of files) {
    const path = join(outDir, basename(f));
    if (!existsSync(path)) throw new Error(`LibreOffice n'a pas écrit ${path}`);
    out.set(f, path);
  }
  return out;
}

type Value = ExcelJS.CellValue;

function isFormula(v: Value): v is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

function isError(v: unknown): boolean {
  return typeof v === "object" && v !== null && "error" in v;
}

/** What comparing a written workbook with its recalculated copy found. */
export interface Comparison {
  /** Formula cells compared. */
  formulas: number;
  /** Cells whose recalculated figure differs from the written one (the engine's), or that hold an error. */
  problems: string[];
}

/**
 * Compares every formula cell of the workbook as written (its cached result is the engine's
 * figure) with the same cell recalculated by LibreOffice: amounts (a € format) to the cent, other
 * numbers (rates, quotas in millionths of a cent, ranks) within 2·10⁻⁶, booleans and text
 * exactly. Any error value anywhere in the recalculated file is a problem.
 */
export function compareRecalculated(written: ExcelJS.Workbook, recalculated: ExcelJS.Workbook): Comparison {
  const problems: string[] = [];
  let formulas = 0;
  recalculated.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        if (isError(v) || (isFormula(v) && isError(v.result))) problems.push(`${ws.name}!${c.address} : erreur ${JSON.stringify(v)}`);
      }),
    ),
  );
  written.eachSheet((ws) => {
    const other = recalculated.getWorksheet(ws.name);
    if (!other) return problems.push(`feuille ${ws.name} absente du fichier recalculé`);
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        if (!isFormula(v)) return;
        formulas++;
        const expected = v.result;
        const got = other.getCell(c.address).value;
        const result = isFormula(got) ? got.result : got;
        if (!same(expected, result, String(c.numFmt ?? "").includes("€"))) {
          problems.push(
            `${ws.name}!${c.address} ${"formula" in v ? v.formula : ""} : attendu ${JSON.stringify(expected)}, recalculé ${JSON.stringify(result)}`,
          );
        }
      }),
    );
  });
  return { formulas, problems };
}

/**
 * The amber cells whose check is their amount before rounding (label « X12 avant arrondi », the
 * check formula beside it): the value written is that amount, recalculated, rounded to the cent
 * (within half a cent: an exact half is what floating point may round either way).
 */
export function roundingChecks(recalculated: ExcelJS.Workbook): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  recalculated.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const label = typeof c.value === "string" ? /^([A-Z]+\d+) avant arrondi$/.exec(c.value) : null;
        if (!label) return;
        checked++;
        const check = ws.getCell(Number(c.row), Number(c.col) + 1).value;
        const exact = Number(plain(isFormula(check) ? check.result : check));
        const value = Number(plain(ws.getCell(label[1]).value));
        const cents = Math.round(value * 100);
        if (Math.abs(value * 100 - cents) > 1e-6 || Math.abs(value - exact) > 0.005 + 1e-9) {
          problems.push(`${ws.name}!${label[1]} = ${value} n'est pas ${exact} arrondi au centime`);
        }
      }),
    ),
  );
  return { checked, problems };
}

function same(expected: unknown, got: unknown, money: boolean): boolean {
  const e = plain(expected);
  const g = plain(got);
  if (typeof e === "number") return typeof g === "number" && Math.abs(g - e) < (money ? 0.005 : 2e-6 + Math.abs(e) * 1e-14);
  return g === e;
}

/**
 * ExcelJS drops a formula's cached 0 or FALSE (in memory and when reading): no result is 0, a
 * boolean its number; a date (read back from a date-formatted cell) its spreadsheet serial.
 */
function plain(x: unknown): unknown {
  if (x instanceof Date) return x.getTime() / 86_400_000 + 25_569;
  return x === undefined || x === null || x === false ? 0 : x === true ? 1 : x;
}

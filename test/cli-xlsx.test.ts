/**
 * `fs-ctec compute --xlsx` and `--xlsx-par-gestionnaire`, the built command line run as a
 * process: exit codes, French messages, files never replaced without --remplacer, nothing half
 * written when a write fails (the failure injected by a preloaded module), and the files read
 * back with ExcelJS against `fs-ctec compute --json`. The formulas themselves are proved by
 * LibreOffice in test/workbook; not recalculated again here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { ConventionResult } from "../calc";
import { managerFileName } from "../calc";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "fs-ctec.cjs");
const EXAMPLE = path.join(ROOT, "examples", "vosges-2022.json");
const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-xlsx-cli-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "dist", "lib", "cli.js")))
    throw new Error("dist/lib/cli.js absent : lancez « npm run build:lib » (npm install le fait) avant ces tests");
});

/**
 * Makes the n-th temporary workbook fail (FAIL_AT, 1-based) with the error FAIL_CODE: EACCES at
 * its creation, or ENOSPC after half its bytes were written, as a full disk does.
 */
const FAIL = path.join(TMP, "fail.cjs");
writeFileSync(
  FAIL,
  `const fs = require("node:fs");
const open = fs.promises.open;
let n = 0;
fs.promises.open = async function (file, flags, mode) {
  if (flags !== "wx") return open.call(this, file, flags, mode);
  n += 1;
  const code = process.env.FAIL_CODE;
  const err = () => Object.assign(new Error(code + " (injecté)"), { code });
  if (n !== Number(process.env.FAIL_AT)) return open.call(this, file, flags, mode);
  if (code === "EACCES") throw err();
  const handle = await open.call(this, file, flags, mode);
  handle.writeFile = async (bytes) => {
    await handle.write(bytes.subarray(0, bytes.length >> 1));
    throw err();
  };
  return handle;
};
`,
);

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? TMP,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: 100_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function failing(code: string, at: number) {
  return { env: { NODE_OPTIONS: `--require ${FAIL}`, FAIL_CODE: code, FAIL_AT: String(at) } };
}

function expectCleanStderr(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/\b(TypeError|RangeError|Error:|FATAL|node:internal)/);
}

let dirCount = 0;
function freshDir(): string {
  const d = path.join(TMP, `d${++dirCount}`);
  mkdirSync(d);
  return d;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A cell's value, or a formula's cached result. */
function value(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = ws.getCell(row, col).value;
  return typeof v === "object" && v !== null && "formula" in v ? v.result : v;
}

/** The row of the Convention sheet whose first cell is `label`, and the number beside it. */
function conventionFigure(wb: ExcelJS.Workbook, label: string): number {
  const ws = wb.getWorksheet("Convention")!;
  const rows: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells = ws.getRow(r).values as unknown[];
    const i = cells.findIndex((c) => c === label);
    if (i >= 0) return Number(value(ws, r, i + 1));
    rows.push(String(value(ws, r, 1)));
  }
  throw new Error(`« ${label} » absent de la feuille Convention : ${rows.join(" | ")}`);
}

/** The identifiers of the Structures sheet (column « Identifiant », from row 4). */
function structureIds(wb: ExcelJS.Worksheet): string[] {
  let col = 0;
  wb.getRow(3).eachCell((c, i) => {
    if (c.value === "Identifiant" && !col) col = i;
  });
  const ids: string[] = [];
  for (let r = 4; typeof wb.getCell(r, col).value === "string"; r++) ids.push(String(wb.getCell(r, col).value));
  return ids;
}

const expected: ConventionResult = JSON.parse(cli(["compute", EXAMPLE, "--json", "--sans-traces"]).stdout);
const TABLE = cli(["compute", EXAMPLE]).stdout;

describe("--xlsx writes the convention's workbook; stdout keeps its report", () => {
  test("compute example --xlsx convention.xlsx → exit 0, the same table on stdout, a workbook holding the engine's figures", async () => {
    const dir = freshDir();
    const r = cli(["compute", EXAMPLE, "--xlsx", "convention.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(TABLE);
    expect(r.stderr).toBe("fs-ctec : classeur écrit : « convention.xlsx »\n");
    expect(readdirSync(dir)).toEqual(["convention.xlsx"]); // no temporary file left
    const wb = await load(path.join(dir, "convention.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Convention",
      "Gestionnaires",
      "Structures",
      "Agents",
      "Échéancier",
      "Répartition",
      "Budget",
      "Paramètres",
    ]);
    expect(expected.totals.allocated).toBe("409045.00");
    const allocated = wb.getWorksheet("Gestionnaires")!;
    let col = 0;
    allocated.getRow(3).eachCell((c, i) => {
      if (c.value === "Attribution prévisionnelle" && !col) col = i;
    });
    expect(expected.managers.map((m, i) => Math.round(Number(value(allocated, 4 + i, col)) * 100))).toEqual(
      expected.managers.map((m) => Math.round(Number(m.allocated) * 100)),
    );
    expect(structureIds(wb.getWorksheet("Structures")!)).toEqual(expected.structures.map((s) => s.id));
    expect(Math.round(conventionFigure(wb, "Attribution prévisionnelle") * 100)).toBe(40904500);
    const totals: [string, keyof ConventionResult["totals"]][] = [
      ["Masse salariale", "payroll"],
      ["Acompte", "advance"],
      ["Attribution finale", "final"],
      ["Solde (négatif : reversement)", "balance"],
      ["Reversement", "repayment"],
      ["Reste à charge final", "finalRemainingCost"],
      ["Subventions d'investissement", "investmentGrants"],
      ["Crédits non consommés", "finalUnused"],
    ];
    for (const [label, key] of totals)
      expect([label, Math.round(conventionFigure(wb, label) * 100)]).toEqual([label, Math.round(Number(expected.totals[key]) * 100)]);
    expect(expected.totals.finalUnused).toBe("28353.62"); // 409 045,00 − 380 691,38 of capped final amounts
    expect(conventionFigure(wb, "Taux d'équilibre")).toBe(0.6973);
    // The Échéancier: the engine's 24 payments, an acompte then a solde or reversement per structure.
    const schedule = wb.getWorksheet("Échéancier")!;
    const payments = expected.payments.map((p, i) => [
      value(schedule, 4 + i, 2),
      value(schedule, 4 + i, 6),
      Math.round(Number(value(schedule, 4 + i, 7)) * 100),
    ]);
    expect(payments).toEqual(expected.payments.map((p) => [p.structureId, p.exercice, Math.round(Number(p.amount) * 100)]));
    expect(value(schedule, 4 + expected.payments.length, 2)).toBeNull();
  });

  test.each([["--json"], ["--csv"]])("with %s: stdout is exactly the output without --xlsx", (format) => {
    const dir = freshDir();
    const r = cli(["compute", EXAMPLE, format, "--xlsx", path.join(dir, "c.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(cli(["compute", EXAMPLE, format]).stdout);
    expect(statSync(path.join(dir, "c.xlsx")).size).toBeGreaterThan(10_000);
  });
});

describe("--xlsx-par-gestionnaire writes one file per manager, named from the manager", () => {
  test("into a folder created with its parents: 7 files, each holding only its manager's structures and figures", async () => {
    const dir = path.join(freshDir(), "envoi", "2022");
    const r = cli(["compute", EXAMPLE, "--xlsx-par-gestionnaire", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(TABLE);
    expect(r.stderr).toBe(`fs-ctec : 7 classeurs écrits dans « ${dir} »\n`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      [
        "communaute-d-agglomeration-a-illustratif_ca-epinal-ill.xlsx",
        "communaute-de-communes-b-illustratif_cc-b-ill.xlsx",
        "communaute-de-communes-c-illustratif_cc-c-ill.xlsx",
        "communaute-de-communes-d-illustratif_cc-d-ill.xlsx",
        "communaute-de-communes-e-illustratif_cc-e-ill.xlsx",
        "communaute-de-communes-f-illustratif_cc-f-ill.xlsx",
        "petr-g-illustratif_petr-g-ill.xlsx",
      ].sort(),
    );
    for (const m of expected.managers) {
      const wb = await load(path.join(dir, managerFileName(m)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Convention", "Gestionnaires", "Structures", "Agents", "Échéancier", "Paramètres"]);
      expect(structureIds(wb.getWorksheet("Structures")!)).toEqual(
        expected.structures.filter((s) => s.managerId === m.id).map((s) => s.id),
      );
      const g = wb.getWorksheet("Gestionnaires")!;
      expect(value(g, 4, 1)).toBe(m.id);
      expect(value(g, 5, 1)).toBeNull(); // one manager only
    }
    // « Communauté de communes D » : 32 537,47 € allocated, a reversement of 16 268,74 − 4 183,85 = 12 084,89 € (final capped: 32 537,47 × 4 800 / 37 329,20)
    const d = await load(path.join(dir, "communaute-de-communes-d-illustratif_cc-d-ill.xlsx"));
    const g = d.getWorksheet("Gestionnaires")!;
    const figures: number[] = [];
    g.getRow(4).eachCell((c) => {
      const v = typeof c.value === "object" && c.value !== null && "formula" in c.value ? c.value.result : c.value;
      if (typeof v === "number") figures.push(Math.round(v * 100));
    });
    expect(figures).toEqual(expect.arrayContaining([3253747, 418385, 1208489]));
  });

  test("with --xlsx too, in the same folder: 8 files", () => {
    const dir = freshDir();
    const r = cli(["compute", EXAMPLE, "--xlsx", path.join(dir, "convention.xlsx"), "--xlsx-par-gestionnaire", dir, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`fs-ctec : 8 classeurs écrits : « ${path.join(dir, "convention.xlsx")} » et 7 dans « ${dir} »\n`);
    expect(readdirSync(dir)).toHaveLength(8);
    expect(JSON.parse(r.stdout).totals.allocated).toBe("409045.00");
  });

  test("names: no separator or control character, unique when names collide or ids differ only by case, stable", () => {
    const a = managerFileName({ id: "G1", name: "CC Œuvre / Sud\u001b[2J" });
    const b = managerFileName({ id: "g1", name: "CC Œuvre / Sud\u001b[2J" });
    const c = managerFileName({ id: "g1.x", name: "C.C. ŒUVRE — SUD" });
    expect(b).toBe("cc-oeuvre-sud-2j_g1.xlsx");
    expect(a).toMatch(/^cc-oeuvre-sud-2j_g1_[0-9a-f]{8}\.xlsx$/);
    expect(c).toBe("c-c-oeuvre-sud_g1.x.xlsx");
    expect(new Set([a, b, c].map((n) => n.toLowerCase())).size).toBe(3);
    expect(managerFileName({ id: "G1", name: "autre nom" })).toBe(a.replace("cc-oeuvre-sud-2j", "autre-nom"));
    expect(managerFileName({ id: "x", name: "///" })).toBe("gestionnaire_x.xlsx");
    expect(managerFileName({ id: "x", name: "é".repeat(300) })).toBe(`${"e".repeat(60)}_x.xlsx`);
  });

  test("two managers with the same name and ids differing by case → two files, run as a process", () => {
    const scenario = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    scenario.managers[1].id = "CC";
    scenario.managers[2].id = "cc";
    scenario.managers[2].name = scenario.managers[1].name = "Communauté de communes";
    const file = path.join(TMP, "same-names.json");
    writeFileSync(file, JSON.stringify(scenario));
    const dir = path.join(freshDir(), "out");
    const r = cli(["compute", file, "--xlsx-par-gestionnaire", dir]);
    expect(r.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(7);
    expect(files.filter((f) => f.startsWith("communaute-de-communes_cc"))).toHaveLength(2);
  });
});

describe("refusals: exit 2, a French message, nothing written", () => {
  test.each([
    [["--projection", "2022-2024", "--xlsx", "p.xlsx"], "--xlsx et --xlsx-par-gestionnaire ne s'appliquent pas à une projection"],
    [["--xlsx-par-gestionnaire", "d", "--projection", "2022-2024"], "ne s'appliquent pas à une projection"],
    [["--remplacer"], "--remplacer ne s'applique qu'avec --xlsx ou --xlsx-par-gestionnaire"],
    [["--xlsx", "-"], "un classeur ne s'écrit pas sur la sortie standard"],
    [["--xlsx", "convention.csv"], "--xlsx attend un nom de fichier en .xlsx (reçu : « convention.csv »)"],
    [["--xlsx"], "l'option --xlsx attend une valeur"],
    [["--xlsx", "a.xlsx", "--xlsx", "b.xlsx"], "l'option --xlsx est donnée deux fois"],
    [["--remplace", "--xlsx", "a.xlsx"], "option inconnue « --remplace »"],
  ])("compute example %j", (args, message) => {
    const dir = freshDir();
    const r = cli(["compute", EXAMPLE, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("Utilisation :");
    expectCleanStderr(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("an existing file is not replaced: exit 2, its bytes unchanged; --remplacer replaces it", async () => {
    const dir = freshDir();
    const file = path.join(dir, "convention.xlsx");
    writeFileSync(file, "le classeur de l'utilisateur");
    const r = cli(["compute", EXAMPLE, "--xlsx", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `fs-ctec : ce fichier existe déjà, rien n'a été écrit :\n  « ${file} »\nAjoutez --remplacer pour le remplacer, ou choisissez un autre nom.\n`,
    );
    expect(readFileSync(file, "utf8")).toBe("le classeur de l'utilisateur");
    const again = cli(["compute", EXAMPLE, "--xlsx", file, "--remplacer"]);
    expect(again.code).toBe(0);
    expect((await load(file)).worksheets[0].name).toBe("Convention");
    expect(readdirSync(dir)).toEqual(["convention.xlsx"]);
  });

  test("a file name holding ESC[2J is echoed escaped, never raw", () => {
    const dir = freshDir();
    const file = path.join(dir, "a\u001b[2J.xlsx");
    writeFileSync(file, "ancien");
    const r = cli(["compute", EXAMPLE, "--xlsx", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`« ${dir}/a<U+001B>[2J.xlsx »`);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(readFileSync(file, "utf8")).toBe("ancien");
  });

  test("one manager's file already there: nothing written at all, every existing file listed", () => {
    const dir = freshDir();
    const taken = path.join(dir, "petr-g-illustratif_petr-g-ill.xlsx");
    writeFileSync(taken, "ancien");
    const convention = path.join(dir, "convention.xlsx");
    writeFileSync(convention, "ancien aussi");
    const r = cli(["compute", EXAMPLE, "--xlsx", convention, "--xlsx-par-gestionnaire", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ces fichiers existent déjà, rien n'a été écrit :");
    expect(r.stderr).toContain(`« ${taken} »`);
    expect(r.stderr).toContain(`« ${convention} »`);
    expect(readdirSync(dir).sort()).toEqual(["convention.xlsx", "petr-g-illustratif_petr-g-ill.xlsx"]);
    expect(readFileSync(taken, "utf8")).toBe("ancien");
  });

  test("--xlsx into a folder that does not exist, onto a folder, under a file; a file as the managers' folder", () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, "fichier"), "x");
    const cases: [string[], string][] = [
      [["--xlsx", path.join(dir, "absent", "c.xlsx")], `le dossier « ${path.join(dir, "absent")} » n'existe pas`],
      [["--xlsx", path.join(dir, "fichier", "c.xlsx")], `« ${path.join(dir, "fichier")} » n'est pas un dossier`],
      [["--xlsx-par-gestionnaire", path.join(dir, "fichier")], "existe et n'est pas un dossier"],
    ];
    mkdirSync(path.join(dir, "d.xlsx"));
    cases.push([["--xlsx", path.join(dir, "d.xlsx")], `« ${path.join(dir, "d.xlsx")} » est un dossier`]);
    for (const [args, message] of cases) {
      const r = cli(["compute", EXAMPLE, ...args]);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(message);
      expectCleanStderr(r.stderr);
    }
    expect(readdirSync(dir).sort()).toEqual(["d.xlsx", "fichier"]);
  });

  test("an unwritable folder (EACCES injected: root ignores permissions) → exit 2 « écriture refusée », nothing left", () => {
    const dir = freshDir();
    const r = cli(["compute", EXAMPLE, "--xlsx", path.join(dir, "c.xlsx")], failing("EACCES", 1));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `fs-ctec : écriture refusée dans « ${dir} » (droits d'accès) ; « ${path.join(dir, "c.xlsx")} » n'a pas été écrit\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test("the disk full halfway through a file (ENOSPC injected) → exit 2, the file replaced with --remplacer is kept whole", () => {
    const dir = freshDir();
    const file = path.join(dir, "c.xlsx");
    writeFileSync(file, "ancien");
    const r = cli(["compute", EXAMPLE, "--xlsx", file, "--remplacer"], failing("ENOSPC", 1));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`fs-ctec : plus de place sur le disque (ou quota atteint) ; « ${file} » n'a pas été écrit\n`);
    expectCleanStderr(r.stderr);
    expect(readdirSync(dir)).toEqual(["c.xlsx"]);
    expect(readFileSync(file, "utf8")).toBe("ancien");
  });

  test("the disk full at the 4th manager's file → no manager file at all, no temporary file", () => {
    const dir = path.join(freshDir(), "gestionnaires");
    const r = cli(["compute", EXAMPLE, "--xlsx-par-gestionnaire", dir], failing("ENOSPC", 4));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plus de place sur le disque");
    expect(r.stderr).toContain("communaute-de-communes-d-illustratif_cc-d-ill.xlsx");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("memory: a workbook too big for the heap is refused up front, never a V8 crash", () => {
  test("2 800 structures --xlsx in a 200 Mo heap (it crashed there) → exit 2 « classeur .xlsx compris », nothing written", () => {
    const dir = freshDir();
    const national = path.join(TMP, "national.json");
    writeFileSync(national, cli(["example", "--structures", "2800", "--graine", "7"]).stdout);
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=200", BIN, "compute", national, "--sans-traces", "--xlsx", path.join(dir, "n.xlsx")],
      {
        encoding: "utf8",
        timeout: 100_000,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^fs-ctec : ce calcul demanderait environ 0,29 Go de mémoire \(2800 structures, classeur \.xlsx compris\), plus que les 0,\d\d Go permis à Node ici ; relancez avec NODE_OPTIONS=--max-old-space-size=512\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

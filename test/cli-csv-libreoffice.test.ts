/**
 * The CSV export opened by a real spreadsheet: LibreOffice Calc, headless, reads the file with
 * « ; » and then with « , » as separator (a user's locale may pick either) and writes an xlsx;
 * no cell of the sheet may be a formula, and the amounts stay numbers. Needs the Debian package
 * libreoffice-calc-nogui (installed by .ci/run); without it the tests are skipped and say why.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compare, compute, formatCsv, VOSGES_2022_EXAMPLE, type ConventionResult } from "../calc";
import { compareCsvHeader, compareCsvLines, csvHeader } from "../calc/report/csv";

// Processes, files of 50 Mo and LibreOffice on a busy 2-core machine: generous time, no timed assertion.
jest.setTimeout(180_000);

const SOFFICE = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
const UNZIP = spawnSync("sh", ["-c", "command -v unzip"], { encoding: "utf8" }).stdout.trim();
const why = !SOFFICE ? "soffice absent (apt-get install libreoffice-calc-nogui)" : !UNZIP ? "unzip absent" : "";
if (why) console.warn(`test/cli-csv-libreoffice : tests ignorés, ${why}`);
const describeIf = why ? describe.skip : describe;

/** Names a spreadsheet could read as formulas, whatever the separator. */
const HOSTILE = [
  "x,=cmd|' /C calc'!A0,y",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://exemple.invalid";"clic")',
  "+1+1",
  "-2+3",
  "@SUM(1;2)",
  "\t=1+1",
  "\r=1+1",
  'a;=1+1;"b',
  "a,=1+1",
  'a,"=1+1',
  'a,""=1+1',
  "a, =1+1",
  "a\n=1+1",
  "a\r\n@SUM(1)",
  '"=1+1',
];

function hostileCsv(): { csv: string; result: ConventionResult } {
  const outcome = compute(VOSGES_2022_EXAMPLE, { traces: false });
  if (!outcome.ok) throw new Error("the example computes");
  const r = outcome.result;
  // Set on the result (the scenario's validation may refuse some of these names): the export alone is tested.
  r.structures.forEach((s, i) => {
    s.name = HOSTILE[i % HOSTILE.length];
    s.id = HOSTILE[(i + 3) % HOSTILE.length];
  });
  r.managers.forEach((m, i) => (m.name = HOSTILE[(i + 5) % HOSTILE.length]));
  return { csv: formatCsv(r), result: r };
}

const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-lo-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Opens `csv` in LibreOffice with `separator` (a character code) and returns the first sheet's XML. */
function openInCalc(csvFile: string, separator: number, name: string): string {
  const out = path.join(TMP, name);
  const profile = mkdtempSync(path.join(TMP, "profile-"));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      // separator, text delimiter « " », UTF-8 (76), from line 1, default column types, French locale (1036: decimal comma)
      `--infilter=CSV:${separator},34,76,1,,1036`,
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      csvFile,
    ],
    { timeout: 170_000, stdio: "pipe" },
  );
  const xlsx = path.join(out, path.basename(csvFile, ".csv") + ".xlsx");
  return execFileSync(UNZIP, ["-p", xlsx, "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
}

/** The shared strings of the xlsx made by {@link openInCalc} (the text cells). */
function sharedStrings(name: string): string[] {
  const xlsx = path.join(TMP, name, "resultats.xlsx");
  const xml = execFileSync(UNZIP, ["-p", xlsx, "xl/sharedStrings.xml"], { encoding: "utf8" });
  return [...xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
    m[1]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}

describeIf("the CSV opened in LibreOffice Calc: no formula, whatever the separator", () => {
  let csvFile: string;
  let result: ConventionResult;
  beforeAll(() => {
    const made = hostileCsv();
    result = made.result;
    csvFile = path.join(TMP, "resultats.csv");
    writeFileSync(csvFile, made.csv, "utf8");
  });

  test("« ; » (French Excel): no formula cell; every hostile name is text; the amounts are numbers", () => {
    const sheet = openInCalc(csvFile, 59, "semicolon");
    expect(sheet).toContain("<sheetData>");
    expect(sheet).not.toMatch(/<f[ >]/);
    // 13 rows (header + 12 structures), the allocated amount of fs-d1 (32 537,47) as a number cell
    expect(sheet.match(/<row /g)).toHaveLength(13);
    const d1 = result.structures.find((s) => s.allocated === "32537.47");
    expect(d1).toBeDefined();
    expect(sheet).toMatch(/<c r="[A-Z]+\d+"(?: s="\d+")? t="n"><v>32537.47<\/v><\/c>/);
    // fs-d1's solde under the capped rule: 32 537,47 × 4 800 / 37 329,20 = 4 183,85 final, − 16 268,74 acompte = −12 084,89
    expect(sheet).toMatch(/<c r="[A-Z]+\d+"(?: s="\d+")? t="n"><v>-12084.89<\/v><\/c>/);
    // the names are text cells, shown with the apostrophe that neutralises them
    const texts = sharedStrings("semicolon");
    expect(texts).toContain("x,'=cmd|' /C calc'!A0,y");
    expect(texts).toContain("'=cmd|' /C calc'!A0");
    expect(texts).toContain("'-2+3");
  }, 180_000);

  test("« , » (an English locale): no formula cell, the quoted names are not split into formula cells", () => {
    const sheet = openInCalc(csvFile, 44, "comma");
    expect(sheet).toContain("<sheetData>");
    expect(sheet).not.toMatch(/<f[ >]/);
  }, 180_000);
});

describe("formatCsv: the cells as written", () => {
  test("the header's labels (glossary constants, written bare) hold no separator, quote, line break nor formula start", () => {
    for (const label of csvHeader()) {
      expect(label).not.toMatch(/[,;"\r\n\t]/);
      expect(label).not.toMatch(/^[=+\-@\s]/);
    }
  });

  test("every text cell is quoted; a leading = + - @ tab or CR gets an apostrophe inside the quotes; numbers stay bare with a decimal comma", () => {
    const { csv } = hostileCsv();
    const first = csv.split("\r\n")[1];
    expect(first.startsWith(`2022;"'@SUM(1;2)";"x,'=cmd|' /C calc'!A0,y";"'+1+1";"fixe";`)).toBe(true);
    expect(csv).toContain(`"'\t'=1+1"`);
    expect(csv).toContain(`"'\r'=1+1"`);
    expect(csv).toContain(`"a;'=1+1;""b"`);
    expect(csv).toContain(`"a,""'=1+1"`);
    expect(csv).toContain(`"a\n'=1+1"`);
    expect(csv).toContain(`"a, '=1+1"`);
    expect(csv).toContain(`"'+1+1"`);
    expect(csv).toContain(`"'-2+3"`);
    expect(csv).toContain(";32537,47;"); // fs-d1's allocation
    expect(csv).toContain(";-12084,89;"); // fs-d1's solde: 4 183,85 − 16 268,74
  });
});

/** The comparison of the example with itself at rate 0,75, names set hostile on the comparison (its export alone is tested). */
function hostileCompareCsv(): string {
  const at = (rate: number) => {
    const outcome = compute({ ...VOSGES_2022_EXAMPLE, rules: { ...VOSGES_2022_EXAMPLE.rules, rate } }, { traces: false });
    if (!outcome.ok) throw new Error("the example computes");
    return outcome.result;
  };
  const c = compare(at(0.8), at(0.75));
  c.structures.forEach((s, i) => {
    s.name = HOSTILE[i % HOSTILE.length];
    s.id = HOSTILE[(i + 3) % HOSTILE.length];
  });
  c.managers.forEach((m, i) => (m.name = HOSTILE[(i + 5) % HOSTILE.length]));
  return [...compareCsvLines(c)].join("");
}

describeIf("the comparison's CSV opened in LibreOffice Calc: no formula, the changes are numbers", () => {
  test("« ; »: 21 rows (header, convention, 7 managers, 12 structures), no formula cell, the requests' change −29 330,22 and C1's −0,01 as numbers", () => {
    const dir = path.join(TMP, "compare-in");
    mkdirSync(dir, { recursive: true });
    const csvFile = path.join(dir, "resultats.csv");
    writeFileSync(csvFile, hostileCompareCsv(), "utf8");
    const sheet = openInCalc(csvFile, 59, "compare-semicolon");
    expect(sheet.match(/<row /g)).toHaveLength(21);
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toMatch(/<c r="[A-Z]+2"(?: s="\d+")? t="n"><v>-29330.22<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="[A-Z]+\d+"(?: s="\d+")? t="n"><v>-0.01<\/v><\/c>/);
    const texts = sharedStrings("compare-semicolon");
    expect(texts).toContain("x,'=cmd|' /C calc'!A0,y");
    expect(texts).toContain("'-2+3");
  }, 180_000);
});

describe("compareCsvLines: the cells as written", () => {
  test("the header's labels hold no separator, quote, line break nor formula start", () => {
    for (const label of compareCsvHeader()) {
      expect(label).not.toMatch(/[,;"\r\n\t]/);
      expect(label).not.toMatch(/^[=+\-@\s]/);
    }
  });

  test("names are quoted and neutralised; amounts bare with a decimal comma", () => {
    const csv = hostileCompareCsv();
    expect(csv.startsWith("\ufeffNiveau;Gestionnaire;Structure;Identifiant;Présence;Masse salariale (avant);")).toBe(true);
    expect(csv).toContain(`"x,'=cmd|' /C calc'!A0,y"`);
    expect(csv).toContain(";469284,17;439953,95;-29330,22;");
  });
});

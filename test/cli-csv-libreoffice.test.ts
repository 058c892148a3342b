/**
 * The CSV export opened by a real spreadsheet: LibreOffice Calc, headless, reads the file with
 * « ; » and then with « , » as separator (a user's locale may pick either) and writes an xlsx;
 * no cell of the sheet may be a formula, and the amounts stay numbers. Needs the Debian package
 * libreoffice-calc-nogui (installed by .ci/run); without it the tests are skipped and say why.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compute, formatCsv, VOSGES_2022_EXAMPLE, type ConventionResult } from "../calc";
import { csvHeader } from "../calc/report/csv";

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
    expect(sheet).toMatch(/<c r="[A-Z]+\d+"(?: s="\d+")? t="n"><v>-11986.54<\/v><\/c>/);
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
    expect(csv).toContain(";32537,47;");
    expect(csv).toContain(";-11986,54;");
  });
});

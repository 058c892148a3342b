/**
 * The command line under a careless user and an attacker: options, input, JSON syntax, text that
 * tries to act as code. Each case ends with exit 0 and a correct result, or exit 2 and a French
 * message, never a stack trace nor a raw control character.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run, runIo } from "../cli/main";
import { formatReport, formatProjection } from "../cli/format";
import {
  AMOUNT_TERMS,
  compute,
  LIMITS,
  syntheticScenario,
  project,
  validateScenario,
  VOSGES_2022_EXAMPLE,
  type ConventionResult,
} from "../calc";

// Processes, files of 50 Mo and LibreOffice on a busy 2-core machine: generous time, no timed assertion.
jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "vosges-2022.json");
const EXAMPLE_TEXT = readFileSync(EXAMPLE, "utf8");
const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-hard-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(TMP, name);
  writeFileSync(p, content);
  return p;
}

/** Control characters a terminal acts on: C0 except the line feed, DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Exit 2, nothing on stdout, a French message on stderr, no stack trace, no raw control character. */
function expectRefused(out: { stdout: string; stderr: string; code: number }, message: string | RegExp) {
  expect(out.code).toBe(2);
  expect(out.stdout).toBe("");
  if (typeof message === "string") expect(out.stderr).toContain(message);
  else expect(out.stderr).toMatch(message);
  expect(out.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(out.stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|Error:)/);
  expect(out.stderr).not.toMatch(RAW_CONTROL);
}

const USAGE_LINE = "Utilisation :";

describe("options: unknown or conflicting → exit 2 with a French message and the usage", () => {
  test.each([["--xml"], ["--jsn"], ["-j"], ["--JSON"], ["--json=1"]])(
    "compute examples/vosges-2022.json %s → « option inconnue »",
    async (opt) => {
      const out = await run(["compute", EXAMPLE, opt]);
      expectRefused(out, `fs-ctec compute : option inconnue « ${opt} »`);
      expect(out.stderr).toContain(USAGE_LINE);
    },
  );

  test("--json --csv → « s'excluent », nothing computed", async () => {
    const out = await run(["compute", EXAMPLE, "--json", "--csv"]);
    expectRefused(out, "fs-ctec compute : --json et --csv s'excluent ; choisissez l'un des deux");
    expect(out.stderr).toContain(USAGE_LINE);
  });

  test("--csv with --projection, two files, --projection without a period, twice → exit 2", async () => {
    expectRefused(await run(["compute", EXAMPLE, "--csv", "--projection", "2022-2026"]), "--csv ne s'applique pas à une projection");
    expectRefused(await run(["compute", EXAMPLE, EXAMPLE]), "un seul fichier de scénario");
    expectRefused(await run(["compute", EXAMPLE, "--projection"]), "l'option --projection attend une valeur");
    expectRefused(
      await run(["compute", EXAMPLE, "--projection", "2022-2023", "--projection=2022-2024"]),
      "l'option --projection est donnée deux fois",
    );
  });

  test("--projection=2022-2023 (with « = ») is the same as --projection 2022-2023", async () => {
    const a = await run(["compute", EXAMPLE, "--projection=2022-2023"]);
    expect(a.code).toBe(0);
    expect(a).toEqual(await run(["compute", EXAMPLE, "--projection", "2022-2023"]));
  });

  test("example and schema refuse unknown options and arguments", async () => {
    expectRefused(await run(["example", "--xml"]), "fs-ctec example : option inconnue « --xml »");
    expectRefused(await run(["example", "extra"]), "fs-ctec example : argument inattendu « extra »");
    expectRefused(await run(["example", "--graine", "3"]), "--graine ne s'applique qu'avec --structures");
    expectRefused(await run(["schema", "--json"]), "fs-ctec schema : option inconnue « --json »");
    expectRefused(await run(["example", "--structures", "12abc"]), `--structures attend un nombre entier entre 1 et ${LIMITS.structures}`);
  });

  test("an option holding an escape sequence is echoed escaped", async () => {
    const out = await run(["compute", EXAMPLE, "--\u001b[2Jx"]);
    expectRefused(out, "option inconnue « --<U+001B>[2Jx »");
  });
});

describe("JSON syntax: French, with line and column; BOM accepted; duplicate keys refused", () => {
  test("a missing value on line 3 → « ligne 3, colonne 16 : caractère inattendu « } » »", async () => {
    const out = await run(["compute", file("syntax.json", '{\n  "year": 2022,\n  "managers": [}\n')]);
    expectRefused(out, "syntax.json n'est pas un JSON valide : ligne 3, colonne 16 : caractère inattendu « } » (attendu : une valeur)");
  });

  test("a truncated file → « fin du texte inattendue » with the position of the end", async () => {
    const out = await run(["compute", file("cut.json", EXAMPLE_TEXT.slice(0, 200))]);
    expectRefused(out, /cut\.json n'est pas un JSON valide : ligne \d+, colonne \d+ : (fin du texte inattendue|chaîne non terminée)/);
  });

  test("a UTF-8 BOM (as Windows editors write it) is accepted: same totals as without", async () => {
    const out = await run(["compute", file("bom.json", "\ufeff" + EXAMPLE_TEXT), "--json"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe((await run(["compute", EXAMPLE, "--json"])).stdout);
    expect(JSON.parse(out.stdout).totals.allocated).toBe("409045.00");
  });

  test('"rate": 0.8, "rate": 0.1 → exit 2 naming the key and its line (JSON.parse would compute at 0,1)', async () => {
    const text = EXAMPLE_TEXT.replace('"rules": {', '"rules": {\n    "rate": 0.8, "rate": 0.1,');
    const line = text.slice(0, text.indexOf('"rate": 0.1')).split("\n").length;
    expect(line).toBe(7);
    const out = await run(["compute", file("dup.json", text)]);
    expectRefused(out, "dup.json n'est pas un JSON valide : ligne 7, colonne 18 : clé « rate » en double dans le même objet");
  });

  test("a file that is not UTF-8 (Latin-1 « é ») → exit 2, « n'est pas un texte UTF-8 valide »", async () => {
    const out = await run(["compute", file("latin1.json", Buffer.from('{"title": "\xe9"}', "latin1"))]);
    expectRefused(out, "latin1.json n'est pas un texte UTF-8 valide");
  });

  test("a raw ESC inside a JSON string is named U+001B, not echoed", async () => {
    const out = await run(["compute", file("esc.json", '{"title": "\u001b[31mrouge"}')]);
    expectRefused(out, "ligne 1, colonne 12 : caractère de contrôle U+001B dans une chaîne");
  });
});

describe("input size counted on the bytes read", () => {
  test("a regular file over 50 Mo → exit 2 « trop volumineux » (sparse: no 50 Mo written)", async () => {
    const big = file("big.json", "");
    truncateSync(big, LIMITS.fileBytes + 1);
    expectRefused(await run(["compute", big]), `big.json est trop volumineux (plus de ${LIMITS.fileBytes} octets lus, 50 Mo au plus)`);
  });

  test("the standard input « - » is read and bounded: the example gives 409 045,00; 50 Mo + 1 byte is refused", async () => {
    const ok = await run(["compute", "-"], EXAMPLE_TEXT);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n").find((l) => l.startsWith("Total"))).toContain("409 045,00");
    const big = Buffer.alloc(LIMITS.fileBytes + 1, 0x20);
    expectRefused(await run(["compute", "-"], big), "l'entrée standard est trop volumineux");
  });

  test("a folder → exit 2 « est un dossier »; a missing file → « fichier introuvable »", async () => {
    const dir = path.join(TMP, "dossier");
    mkdirSync(dir);
    expectRefused(await run(["compute", dir]), "dossier est un dossier, pas un fichier de scénario");
    expectRefused(await run(["compute", path.join(TMP, "absent\u001b[2J.json")]), "fichier introuvable : ");
    expect((await run(["compute", path.join(TMP, "absent\u001b[2J.json")])).stderr).toContain("absent<U+001B>[2J.json");
  });
});

describe("text is never code in the terminal", () => {
  const hostile = "\u001b[2J\u001b[HAttribué 309 045,00\u009b31m\u202eevil";

  function exampleResult(): ConventionResult {
    const outcome = compute(VOSGES_2022_EXAMPLE);
    if (!outcome.ok) throw new Error("the example computes");
    return outcome.result;
  }

  test("formatReport: a manager name, title, structure name and budget label holding ANSI, C1 and bidi codes are shown escaped; the total stays 409 045,00", () => {
    const r = exampleResult();
    r.title = hostile;
    r.managers[0].name = hostile;
    for (const s of r.structures) s.name = hostile;
    r.budget.lines[0].label = hostile;
    r.warnings[0].message = hostile;
    const text = formatReport(r);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain("<U+001B>[2J<U+001B>[HAttribué 309 045,00<U+009B>31m<U+202E>evil");
    const total = text.split("\n").find((l) => l.startsWith("Total"));
    expect(total).toContain("409 045,00");
    expect(total).toContain("407 240,95"); // the final remaining cost (see « labels from the glossary »)
  });

  test("end to end: a scenario whose names hold escapes either computes with escaped names or is refused with an escaped message", async () => {
    const s = structuredClone(VOSGES_2022_EXAMPLE) as typeof VOSGES_2022_EXAMPLE;
    s.managers[0].name = hostile;
    s.title = hostile;
    const out = await run(["compute", file("ansi.json", JSON.stringify(s))]);
    expect(out.stdout + out.stderr).not.toMatch(RAW_CONTROL);
    if (out.code === 0) {
      expect(out.stdout).toContain("<U+001B>[2J");
      expect(out.stdout.split("\n").find((l) => l.startsWith("Total"))).toContain("409 045,00");
    } else {
      // the scenario's validation refuses control characters in names: the message quotes them escaped
      expectRefused(out, "contient");
    }
  });

  test("validation messages quoting the scenario are escaped (a structure kind holding ESC)", async () => {
    const s = structuredClone(VOSGES_2022_EXAMPLE) as unknown as { managers: { structures: { kind: string }[] }[] };
    s.managers[0].structures[0].kind = "bus\u001b[31m";
    const out = await run(["compute", file("kind.json", JSON.stringify(s))]);
    expectRefused(out, "managers[0].structures[0].kind");
    expect(out.stderr).toContain("<U+001B>[31m");
  });
});

describe("labels from the glossary", () => {
  // 407 240,95 = actual payroll 945 432,33 + other costs 203 000,00 − forfait 352 500,00 − other resources 8 000,00
  //   − capped finals 380 691,38; that is 348 887,33 (finals re-sharing the envelope, the bus grant an operating receipt)
  //   + 28 353,62 withheld at the evaluation under the capped rule (409 045,00 − 380 691,38)
  //   + 30 000,00 of the bus's investment grant, out of the operating computation
  test("the compute table's last column is the final remaining cost (« Reste à charge final »), 407 240,95 in total", async () => {
    const out = await run(["compute", EXAMPLE]);
    const lines = out.stdout.split("\n");
    const header = lines.find((l) => l.startsWith("Gestionnaire")) ?? "";
    expect(header.trimEnd().endsWith(AMOUNT_TERMS.finalRemainingCost.label)).toBe(true);
    const r = exampleResult2();
    expect(r.totals.finalRemainingCost).toBe("407240.95");
    expect(
      lines
        .find((l) => l.startsWith("Total"))
        ?.trimEnd()
        .endsWith("407 240,95"),
    ).toBe(true);
  });

  test("the projection's last column is the forecast (« Reste à charge prévisionnel »): 2022's is the compute's forecast remaining cost", async () => {
    const out = await run(["compute", EXAMPLE, "--projection", "2022-2023"]);
    const lines = out.stdout.split("\n");
    expect(
      lines
        .find((l) => l.startsWith("Année"))
        ?.trimEnd()
        .endsWith(AMOUNT_TERMS.remainingCost.label),
    ).toBe(true);
    const forecast = exampleResult2().totals.remainingCost; // differs from the final one: not the same amount
    expect(forecast).toBe("372560.23"); // 939 105,23 + 203 000,00 − 352 500,00 − 8 000,00 − 409 045,00
    expect(forecast).not.toBe("407240.95");
    const shown = forecast.replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    expect(
      lines
        .find((l) => l.startsWith("2022"))
        ?.trimEnd()
        .endsWith(shown),
    ).toBe(true);
  });

  test("formatProjection reads only each year's totals, rules and parameters used, and the chained budget years", () => {
    const v = validateScenario(VOSGES_2022_EXAMPLE);
    if (!v.ok) throw new Error("valid");
    const p = project(v.scenario, 2022, 2023, { traces: false });
    const slim = {
      from: 2022,
      to: 2023,
      byExercice: p.byExercice,
      years: p.years.map((y) => ({ year: y.year, totals: y.totals, rules: y.rules, parametersUsed: y.parametersUsed })),
    };
    expect(formatProjection(slim)).toBe(formatProjection(p));
  });

  function exampleResult2(): ConventionResult {
    const outcome = compute(VOSGES_2022_EXAMPLE);
    if (!outcome.ok) throw new Error("the example computes");
    return outcome.result;
  }
});

describe("projections: byte-identical JSON, every year's errors before any output", () => {
  test("--projection 2022-2026 --json is JSON.stringify(project(…), null, 2) + newline, byte for byte", async () => {
    const v = validateScenario(VOSGES_2022_EXAMPLE);
    if (!v.ok) throw new Error("valid");
    const out = await run(["compute", EXAMPLE, "--projection", "2022-2026", "--json"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(JSON.stringify(project(v.scenario, 2022, 2026), null, 2) + "\n");
  });

  test("a year that cannot be computed (« etat » from 2024) → exit 2 listing 2024 and 2025, nothing written even with --json", async () => {
    const s = { ...VOSGES_2022_EXAMPLE, rules: { ...VOSGES_2022_EXAMPLE.rules, deduction: "etat" } };
    const out = await run(["compute", file("etat.json", JSON.stringify(s)), "--projection", "2022-2025", "--json"]);
    expectRefused(out, "fs-ctec : projection impossible :");
    expect(out.stderr).toContain("2024 : « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024");
    expect(out.stderr).toContain("2025 : « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2025");
  });

  test("a period beyond 31 years or reversed → exit 2 with project's own message", async () => {
    expectRefused(await run(["compute", EXAMPLE, "--projection", "2022-2060"]), "31 ans au plus");
    expectRefused(await run(["compute", EXAMPLE, "--projection", "2026-2022", "--json"]), "31 ans au plus");
  });
});

describe("example: bounded by the limits compute applies", () => {
  test("example --structures 40000 → exit 2 (it would hold 10 003 managers, 10 000 at most), instead of a file compute refuses", async () => {
    const out = await run(["example", "--structures", "40000"]);
    expectRefused(out, "fs-ctec example : un scénario synthétique de 40000 structures dépasserait les limites que compute accepte");
    expect(out.stderr).toContain("trop de gestionnaires (10003, 10000 au plus)");
  });

  test("example --structures 300 --graine 4 → a file compute accepts (exit 0, 300 structures)", async () => {
    const ex = await run(["example", "--structures", "300", "--graine", "4"]);
    expect(ex.code).toBe(0);
    const out = await run(["compute", file("s300.json", ex.stdout), "--json", "--sans-traces"]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).totals.structures).toBe(300);
  });
});

describe("output written in blocks, waiting for a slow reader (backpressure)", () => {
  test("compute --json of 300 structures: about 64 Kio per write, the next write only once the previous one is done, the bytes of JSON.stringify", async () => {
    const scenario = syntheticScenario({ structures: 300, seed: 3 });
    const f = file("s300-slow.json", JSON.stringify(scenario));
    const parts: string[] = [];
    let pending = 0;
    let maxPending = 0;
    const slow = {
      write: (chunk: string) => {
        pending++;
        maxPending = Math.max(maxPending, pending);
        parts.push(chunk);
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            pending--;
            resolve();
          }),
        );
      },
    };
    const errors: string[] = [];
    const code = await runIo(["compute", f, "--json"], {
      stdout: slow,
      stderr: { write: (c: string) => void errors.push(c) },
      stdin: async function* () {},
    });
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(maxPending).toBe(1);
    expect(parts.length).toBeGreaterThan(20);
    expect(Math.max(...parts.slice(0, -1).map((p) => p.length))).toBeLessThan(65536 + 32768);
    const outcome = compute(scenario);
    if (!outcome.ok) throw new Error("valid");
    expect(parts.join("")).toBe(JSON.stringify(outcome.result, null, 2) + "\n");
  });
});

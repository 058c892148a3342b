/**
 * `fs-ctec compare`: the example against itself, against the same file at rate 0,75, against the
 * 2023 year and under the other final-payment rule; the table, --json, --csv; and the same
 * hardening as compute (French errors with paths, no stack trace, text from the scenario shown
 * as text). Figures worked by hand from the example (README, golden tests).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatComparison } from "../cli/compareText";
import { run } from "../cli/main";
import { COMPARED_KEYS, VOSGES_2022_EXAMPLE, type Comparison } from "../calc";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "vosges-2022.json");
const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-compare-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const p = path.join(TMP, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content), "utf8");
  return p;
}

/** The example with its rules changed, as a file. */
function variantFile(name: string, rules: Record<string, unknown>): string {
  const s = structuredClone(VOSGES_2022_EXAMPLE) as { rules: Record<string, unknown> };
  s.rules = { ...s.rules, ...rules };
  return file(name, s);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function expectRefused(out: { stdout: string; stderr: string; code: number }, message: string) {
  expect(out.code).toBe(2);
  expect(out.stdout).toBe("");
  expect(out.stderr).toContain(message);
  expect(out.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(out.stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|CalcError|Error:)/);
  expect(out.stderr).not.toMatch(RAW_CONTROL);
}

async function comparison(args: string[]): Promise<Comparison> {
  const out = await run(["compare", ...args, "--json"]);
  expect(out.stderr).toBe("");
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as Comparison;
}

/** Every change of a comparison: convention, managers, structures, budget years. */
function changes(c: Comparison): string[] {
  return [
    ...Object.values(c.convention).map((x) => x.change),
    ...c.managers.flatMap((m) => Object.values(m.amounts).map((x) => x.change)),
    ...c.structures.flatMap((s) => Object.values(s.amounts).map((x) => x.change)),
    ...c.budgetYears.flatMap((y) => Object.values(y).flatMap((x) => (typeof x === "number" ? [] : [x.change]))),
  ];
}

/** The row of a table that starts with `name`. */
function row(text: string, name: string): string {
  const found = text.split("\n").find((l) => l.startsWith(name));
  if (found === undefined) throw new Error(`no row « ${name} » in:\n${text}`);
  return found;
}

/** The text between a section's title and the next blank line. */
function section(text: string, title: string): string {
  const start = text.indexOf(title);
  if (start < 0) throw new Error(`no section « ${title} »`);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("the example against the same file at rate 0,75 (the envelope binds in both)", () => {
  // Requests: each payee's 0,75 × (payroll − forfait) instead of 0,80 × …, rounded to the cent
  // (Σ payroll − forfait = 939 105,23 − 352 500,00 = 586 605,23): 469 284,17 → 439 953,95, a change of −29 330,22.
  // Every request falls by the same 5/80, so the proportional split of 409 045,00 moves only by
  // the largest remainders' rounding: C1 −0,01, D1 +0,01, the others 0,00; the total stays 409 045,00
  // (at 0,80 the 8 cents left go to A1, E1, C1, PETR G, E2, A2, B1, B2; at 0,75 the 6 left go to
  // B1, E2, D1, B2, E1, PETR G: C1 loses its cent, D1 gains one).
  test("--taux 0,75 and a second file with rules.rate 0.75 give the same comparison", async () => {
    const variant = await comparison([EXAMPLE, "--taux", "0,75"]);
    const twoFiles = await comparison([EXAMPLE, variantFile("rate075.json", { rate: 0.75 })]);
    expect(twoFiles).toEqual(variant);
    // labelled as the scenario's field; the parameter departement.taux it replaces is not listed
    expect(variant.rules).toEqual([{ name: "rate", label: "Taux de participation du Département", before: "0.8", after: "0.75" }]);
    expect(variant.parameters).toEqual([]);
    expect(variant.convention.requested).toEqual({ before: "469284.17", after: "439953.95", change: "-29330.22" });
    expect(variant.convention.allocated).toEqual({ before: "409045.00", after: "409045.00", change: "0.00" });
    expect(variant.structures.map((s) => [s.id, s.amounts.allocated.change])).toEqual([
      ["fs-a1", "0.00"],
      ["fs-a2", "0.00"],
      ["fs-b1", "0.00"],
      ["fs-b2", "0.00"],
      ["fs-c1", "-0.01"],
      ["fs-c2", "0.00"],
      ["fs-d1", "0.01"],
      ["fs-e1", "0.00"],
      ["fs-e2", "0.00"],
      ["fs-f1", "0.00"],
      ["fs-g1", "0.00"],
      ["fs-g2", "0.00"],
    ]);
  });

  test("the table: the rule first (80 % → 75 %), the convention's requests −29 330,22 and allocation 0,00, every structure's allocation change", async () => {
    const out = await run(["compare", EXAMPLE, "--taux", "0,75"]);
    expect(out.code).toBe(0);
    const text = out.stdout;
    expect(text).toContain("avec --taux 0,75");
    expect(section(text, "Règles et paramètres qui diffèrent")).toContain("  - Taux de participation du Département : 80 % → 75 %");
    expect(text.indexOf("Taux de participation du Département : 80 %")).toBeGreaterThan(-1);
    expect(text.indexOf("Taux de participation du Département : 80 %")).toBeLessThan(text.indexOf("Convention   "));
    expect(row(text, "Part du Département demandée").split(/\s{2,}/)).toEqual([
      "Part du Département demandée",
      "469 284,17",
      "439 953,95",
      "-29 330,22",
    ]);
    expect(row(text, "Attribution prévisionnelle").split(/\s{2,}/)).toEqual([
      "Attribution prévisionnelle",
      "409 045,00",
      "409 045,00",
      "0,00",
    ]);
    // the structures' table: the allocation (« Attribué ») is the 5th column after the name
    const structures = section(text, "Écarts par structure");
    const header = structures.split("\n")[1].split(/\s{2,}/);
    const column = header.indexOf("Attribué");
    expect(column).toBe(4);
    const allocated = (name: string) => row(structures.split("\n").slice(2).join("\n"), name).split(/\s{2,}/)[column];
    expect(allocated("France Services C1 (illustratif)")).toBe("-0,01");
    expect(allocated("France Services D1 (illustratif)")).toBe("+0,01");
    for (const id of ["A1", "A2", "B1", "C2", "E1", "E2", "F1", "G1", "G2"])
      expect(allocated(`France Services ${id} (illustratif)`)).toBe("0,00");
    expect(allocated("France Services itinérante B2 – bus (illustratif)")).toBe("0,00");
  });
});

describe("the example against the 2023 year (--annee 2023)", () => {
  test("the year and the forfait parameter are listed first; each full-year structure's forfait +5 000,00 (30 000 → 35 000); G2, 9 months in 2022: 22 500 → 35 000, +12 500,00", async () => {
    const c = await comparison([EXAMPLE, "--annee", "2023"]);
    expect(c.rules[0]).toEqual({ name: "year", label: "Année", before: "2022", after: "2023" });
    // the year as a projection computes it: a forecast, the evaluation belongs to 2022
    expect(c.rules).toContainEqual({
      name: "evaluated",
      label: "Évaluation prise en compte (réalisé, objectifs)",
      before: "true",
      after: "false",
    });
    const forfait = c.parameters.find((p) => p.name === "forfait.total");
    expect(forfait).toMatchObject({ before: "30000 (2020-01-01)", after: "35000 (2023-01-01)", unit: "EUR" });
    for (const s of c.structures.filter((x) => x.id !== "fs-g2"))
      expect([s.id, s.amounts.forfait]).toEqual([s.id, { before: "30000.00", after: "35000.00", change: "5000.00" }]);
    expect(c.structures.find((x) => x.id === "fs-g2")?.amounts.forfait).toEqual({
      before: "22500.00",
      after: "35000.00",
      change: "12500.00",
    });
    // 11 × 5 000 + 12 500 = 67 500
    expect(c.convention.forfait).toEqual({ before: "352500.00", after: "420000.00", change: "67500.00" });

    const text = (await run(["compare", EXAMPLE, "--annee", "2023"])).stdout;
    const differs = section(text, "Règles et paramètres qui diffèrent");
    expect(differs).toContain("  - Année : 2022 → 2023");
    expect(differs).toContain("  - Évaluation prise en compte (réalisé, objectifs) : oui → non");
    expect(differs).toContain("  - Date des acomptes : 15 décembre 2022 → 15 décembre 2023");
    expect(differs).toContain(
      "  - Forfait de l'État par structure labellisée et par an : 30 000,00 € depuis le 1er janvier 2020 → 35 000,00 € depuis le 1er janvier 2023",
    );
    const structures = section(text, "Écarts par structure");
    expect(row(structures, "France Services A1 (illustratif)").split(/\s{2,}/)[2]).toBe("+5 000,00");
    expect(row(structures, "France Services G2 (illustratif)").split(/\s{2,}/)[2]).toBe("+12 500,00");
    // budget years of both sides: 2022–2023 before, 2023–2024 after
    expect(c.budgetYears.map((y) => y.exercice)).toEqual([2022, 2023, 2024]);
  });
});

describe("the example under the other final-payment rule (--regle-solde redistribue)", () => {
  // Redistribution pays the whole envelope again on the final requests (Σ 458 505,85): the 28 353,62 withheld are spent,
  // D1's final goes back to 4 800 × 409 045 / 458 505,85 = 4 282,20 (+98,35 on 4 183,85; its reversement 16 268,74 − 4 282,20 = 11 986,54),
  // A2's to 48 090,70 × 409 045 / 458 505,85 = 42 902,96 (+985,37 above its convention amount 41 917,59).
  test("finals +28 353,62 in total, unspent credits −28 353,62, D1 +98,35, A2 +985,37", async () => {
    const c = await comparison([EXAMPLE, "--regle-solde", "redistribue"]);
    expect(c.rules).toEqual([{ name: "finalPayment", label: "Règle du montant final", before: "plafonne", after: "redistribue" }]);
    expect(c.convention.final).toEqual({ before: "380691.38", after: "409045.00", change: "28353.62" });
    expect(c.convention.finalUnused).toEqual({ before: "28353.62", after: "0.00", change: "-28353.62" });
    expect(c.structures.find((s) => s.id === "fs-d1")?.amounts.final).toEqual({ before: "4183.85", after: "4282.20", change: "98.35" });
    expect(c.structures.find((s) => s.id === "fs-a2")?.amounts.final).toEqual({ before: "41917.59", after: "42902.96", change: "985.37" });
    expect(c.convention.repayment).toEqual({ before: "12084.89", after: "11986.54", change: "-98.35" });
    const text = (await run(["compare", EXAMPLE, "--regle-solde", "redistribué"])).stdout;
    expect(text).toContain(
      "  - Règle du montant final : Plafonné au montant de la convention → Enveloppe répartie à nouveau sur le réalisé",
    );
  });

  test("--lecture part_moins_forfait names the reading that differs", async () => {
    const c = await comparison([EXAMPLE, "--lecture", "part_moins_forfait"]);
    expect(c.rules).toEqual([
      { name: "shareBase", label: "Lecture de la règle des 80 %", before: "masse_moins_forfait", after: "part_moins_forfait" },
    ]);
    // F1: 0,8 × 100 800 − 30 000 = 50 640 instead of 0,8 × (100 800 − 30 000) = 56 640: −6 000,00
    expect(c.structures.find((s) => s.id === "fs-f1")?.amounts.requested).toEqual({
      before: "56640.00",
      after: "50640.00",
      change: "-6000.00",
    });
  });
});

describe("a file compared with itself", () => {
  test("only zeros, no difference; the table says so", async () => {
    const c = await comparison([EXAMPLE, EXAMPLE]);
    expect([c.rules, c.parameters]).toEqual([[], []]);
    expect(new Set(changes(c))).toEqual(new Set(["0.00", "0.0000"]));
    const text = (await run(["compare", EXAMPLE, EXAMPLE])).stdout;
    expect(text).toContain("Règles et paramètres : identiques des deux côtés.");
    const tables = text.slice(text.indexOf("Convention   "));
    // every signed change is 0,00 (no + nor − before a figure in a change column)
    expect(tables).not.toMatch(/(^|\s)[+-]\d/m);
  });
});

describe("--csv: French Excel CSV of the comparison", () => {
  test("BOM, « ; », decimal comma; one row for the convention, 7 managers, 12 structures; before/after/change columns of each compared amount", async () => {
    const out = await run(["compare", EXAMPLE, "--taux", "0,75", "--csv"]);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith("\ufeff")).toBe(true);
    const lines = out.stdout.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 1 + 7 + 12);
    const header = lines[0].split(";");
    expect(header.slice(0, 5)).toEqual(["Niveau", "Gestionnaire", "Structure", "Identifiant", "Présence"]);
    expect(header).toHaveLength(5 + 3 * COMPARED_KEYS.length);
    const at = (label: string) => header.indexOf(label);
    expect(at("Attribution prévisionnelle (écart)")).toBe(at("Attribution prévisionnelle (avant)") + 2);
    const convention = lines[1].split(";");
    expect(convention[0]).toBe('"Convention"');
    expect(convention.slice(at("Part du Département demandée (avant)"), at("Part du Département demandée (écart)") + 1)).toEqual([
      "469284,17",
      "439953,95",
      "-29330,22",
    ]);
    expect(convention[at("Attribution prévisionnelle (écart)")]).toBe("0,00");
    const c1 = lines.find((l) => l.includes(';"fs-c1";'))?.split(";") ?? [];
    const d1 = lines.find((l) => l.includes(';"fs-d1";'))?.split(";") ?? [];
    expect(c1[at("Attribution prévisionnelle (écart)")]).toBe("-0,01");
    expect(d1[at("Attribution prévisionnelle (écart)")]).toBe("0,01");
    expect(c1.slice(0, 5)).toEqual([
      '"Structure"',
      '"Communauté de communes C (illustratif)"',
      '"France Services C1 (illustratif)"',
      '"fs-c1"',
      '"des deux côtés"',
    ]);
  });

  test("a name typed as a formula stays text (apostrophe inside the quotes), a « ; » stays in its cell", async () => {
    const s = structuredClone(VOSGES_2022_EXAMPLE) as { managers: { name: string; structures: { name: string }[] }[] };
    s.managers[0].name = '=HYPERLINK("http://x")';
    s.managers[0].structures[0].name = "Epinal; centre";
    const out = await run(["compare", file("formula.json", s), "--taux", "0,75", "--csv"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`"Gestionnaire";"'=HYPERLINK(""http://x"")";"";"ca-epinal-ill";"des deux côtés";`);
    expect(out.stdout).toContain(`"Structure";"'=HYPERLINK(""http://x"")";"Epinal; centre";`);
  });
});

describe("structures on one side only", () => {
  test("a structure removed in the second file is marked « avant seulement » and compared with zeros", async () => {
    const s = structuredClone(VOSGES_2022_EXAMPLE) as { managers: { structures: { id: string }[] }[] };
    s.managers[6].structures.pop(); // fs-g2
    const text = (await run(["compare", EXAMPLE, file("without-g2.json", s)])).stdout;
    const g2 = row(section(text, "Écarts par structure"), "France Services G2 (illustratif) (avant seulement)").split(/\s{2,}/);
    // its payroll, 37 380,36 in the example (two contractuels, 9 months: compute --json), falls to 0
    expect(g2[1]).toBe("-37 380,36");
  });
});

describe("hardening: French errors with paths, no stack trace, scenario text never code", () => {
  test.each([
    [[], "indiquez le fichier du scénario de référence"],
    [[EXAMPLE], "indiquez un second fichier, ou une variante du premier"],
    [[EXAMPLE, EXAMPLE, EXAMPLE], "deux fichiers au plus"],
    [[EXAMPLE, "--json", "--csv", "--taux", "0,7"], "--json et --csv s'excluent"],
    [[EXAMPLE, "--taux", "abc"], "--taux attend un nombre positif, par exemple 0,75 (reçu : « abc »)"],
    [[EXAMPLE, "--annee", "20x3"], "--annee attend une année sur quatre chiffres"],
    [[EXAMPLE, "--regle-solde", "tout"], "--regle-solde attend plafonne ou redistribue (reçu : « tout »)"],
    [[EXAMPLE, "--lecture", "autre"], "--lecture attend masse_moins_forfait ou part_moins_forfait"],
    [[EXAMPLE, "--taux"], "l'option --taux attend une valeur"],
    [[EXAMPLE, "--annee", "2023", "--annee", "2024"], "l'option --annee est donnée deux fois"],
    [[EXAMPLE, "--rate", "0.7"], "option inconnue « --rate »"],
    [["-", "-"], "l'entrée standard ne se lit qu'une fois"],
  ])("compare %j → exit 2, « %s »", async (args, message) => {
    expectRefused(await run(["compare", ...args]), message);
  });

  test("a variant the scenario refuses (--taux 1,5) → exit 2, the variant named, the error with its path", async () => {
    const out = await run(["compare", EXAMPLE, "--taux", "1,5"]);
    expectRefused(out, `${EXAMPLE} (avec --taux 1,5) contient 1 erreur(s)`);
    expect(out.stderr).toContain("rules.rate : doit être compris entre 0 et 1");
  });

  test("a year without parameters (--annee 2019) → exit 2 naming the parameter and the year", async () => {
    const out = await run(["compare", EXAMPLE, "--annee", "2019"]);
    expectRefused(out, "(avec --annee 2019) contient 1 erreur(s)");
    expect(out.stderr).toContain(
      "departement.taux : 2019 : aucune valeur de « Taux de participation du Département » avant le 1er janvier 2022",
    );
  });

  test("a missing second file → « fichier introuvable »; an invalid one → its errors with their paths", async () => {
    expectRefused(await run(["compare", EXAMPLE, path.join(TMP, "absent.json")]), "fichier introuvable");
    const bad = file("bad.json", { year: 2022, rules: { rate: 80 }, managers: [] });
    const out = await run(["compare", EXAMPLE, bad]);
    expectRefused(out, `${bad} contient`);
    expect(out.stderr).toContain("rules.rate : doit être compris entre 0 et 1 (80 % s'écrit 0,8)");
  });

  test("the second scenario read from the standard input", async () => {
    const out = await run(["compare", EXAMPLE, "-", "--json"], readFileSync(EXAMPLE));
    expect(out.code).toBe(0);
    expect(new Set(changes(JSON.parse(out.stdout) as Comparison))).toEqual(new Set(["0.00", "0.0000"]));
  });

  test("the help lists compare and its options; compare --help gives it too", async () => {
    const help = await run(["--help"]);
    for (const piece of [
      "fs-ctec compare AVANT.json [APRES.json] [--json | --csv]",
      "--annee 2023",
      "--regle-solde plafonne|redistribue",
      "--lecture masse_moins_forfait|part_moins_forfait",
      "--taux 0,75",
      "--enveloppe",
    ])
      expect(help.stdout).toContain(piece);
    const own = await run(["compare", "--help"]);
    expect(own.code).toBe(0);
    expect(own.stdout).toBe(help.stdout);
    expect((await run(["comparer", EXAMPLE, EXAMPLE, "--json"])).code).toBe(0);
  });
});

describe("formatComparison: text from the scenarios is never code", () => {
  test("a title, manager and structure name holding ANSI, C1 and bidi codes are shown escaped; the figures stay", async () => {
    const hostile = "\u001b[2J\u001b[HAttribué 309 045,00\u009b31m\u202eevil";
    const c = await comparison([EXAMPLE, "--taux", "0,75"]);
    c.before.title = hostile;
    c.managers[0].name = hostile;
    c.structures[0].name = hostile;
    const text = formatComparison(c, [
      { file: "a.json", variant: "" },
      { file: "a.json", variant: "--taux 0,75" },
    ]);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text.split("<U+001B>[2J<U+001B>[HAttribué 309 045,00<U+009B>31m<U+202E>evil")).toHaveLength(4);
    expect(row(text, "Part du Département demandée")).toContain("-29 330,22");
  });

  test("a file name holding ESC is escaped in the refusal", async () => {
    const s = structuredClone(VOSGES_2022_EXAMPLE) as { title: string };
    s.title = "\u001b[2Jx"; // refused by the validation: control characters in names
    const out = await run(["compare", file("ansi\u001b[31m.json", s), "--taux", "0,75"]);
    expectRefused(out, "ansi<U+001B>[31m.json contient 1 erreur(s)"); // the reference side, read first, is the one refused
    expect(out.stderr).toContain("title : contient un caractère de contrôle (U+001B)");
  });
});

describe("parameters set in a scenario", () => {
  test("a forfait typed in the second file (32 000 €, no date) is listed as « sans date » against the published 30 000 €", async () => {
    const s = structuredClone(VOSGES_2022_EXAMPLE) as Record<string, unknown>;
    s.parameters = { "forfait.total": 32000 };
    const text = (await run(["compare", EXAMPLE, file("forfait32.json", s)])).stdout;
    expect(text).toContain(
      "  - Forfait de l'État par structure labellisée et par an : 30 000,00 € depuis le 1er janvier 2020 → 32 000,00 € sans date",
    );
    // 11 full-year structures × 2 000 + G2's 9 months × 2 000 / 12 = 22 000 + 1 500 = 23 500
    expect(row(text, "Forfait de l'État").split(/\s{2,}/)).toEqual(["Forfait de l'État", "352 500,00", "376 000,00", "+23 500,00"]);
  });
});

describe("--enveloppe, and the variant options with two files", () => {
  test("--enveloppe « 500 000 »: the requests fit, every structure gets its request (409 045,00 → 469 284,17, +60 239,17)", async () => {
    const c = await comparison([EXAMPLE, "--enveloppe", "500 000"]);
    expect(c.rules).toEqual([{ name: "envelope", label: "Enveloppe des subventions", before: "409045.00", after: "500000.00" }]);
    expect(c.parameters).toEqual([]); // the published envelope parameter, replaced by the rule, is not listed again
    expect(c.convention.allocated).toEqual({ before: "409045.00", after: "469284.17", change: "60239.17" });
    for (const s of c.structures) expect(s.amounts.allocated.after).toBe(s.amounts.requested.after);
  });

  test("with two files the options change the second: A A --taux 0,75 is A --taux 0,75", async () => {
    expect(await comparison([EXAMPLE, EXAMPLE, "--taux", "0,75"])).toEqual(await comparison([EXAMPLE, "--taux", "0,75"]));
  });
});

describe("--annee: another year as the projection computes it", () => {
  test("--annee 2022 (the scenario's own year) gives only zeros", async () => {
    const c = await comparison([EXAMPLE, "--annee", "2022"]);
    expect([c.rules, c.parameters]).toEqual([[], []]);
    expect(new Set(changes(c))).toEqual(new Set(["0.00", "0.0000"]));
  });

  test("one-off items stay in their year: the bus's first-year grant (30 000,00) is not paid again in 2023, set dates move with the year", async () => {
    const c = await comparison([EXAMPLE, "--annee", "2023"]);
    expect(c.structures.find((s) => s.id === "fs-b2")?.amounts.investmentGrants).toEqual({
      before: "30000.00",
      after: "0.00",
      change: "-30000.00",
    });
    const dated = structuredClone(VOSGES_2022_EXAMPLE) as { rules: Record<string, unknown> };
    dated.rules = { ...dated.rules, advanceDate: "2022-11-30" };
    const moved = await comparison([file("dated.json", dated), "--annee", "2024"]);
    expect(moved.rules).toContainEqual({ name: "advanceDate", label: "Date des acomptes", before: "2022-11-30", after: "2024-11-30" });
  });

  // 2023's requests, 0,8 × (payroll 954 835,25 − forfait 12 × 35 000) = 427 868,20, 427 868,21 once each payee's
  // request is rounded to the cent, exceed the envelope: the forecast allocation is the whole 409 045,00.
  test("the projection's year 2023 and compare --annee 2023 agree: requests 427 868,21, the forecast allocation 409 045,00", async () => {
    const projection = JSON.parse((await run(["compute", EXAMPLE, "--projection", "2022-2023", "--json", "--sans-traces"])).stdout);
    const c = await comparison([EXAMPLE, "--annee", "2023"]);
    expect(c.convention.requested.after).toBe(projection.years[1].totals.requested);
    expect(c.convention.requested.after).toBe("427868.21");
    expect(c.convention.allocated.after).toBe(projection.years[1].totals.allocated);
    expect(c.convention.allocated.after).toBe("409045.00");
    expect(c.structures.map((s) => s.amounts.allocated.after)).toEqual(
      projection.years[1].structures.map((s: { allocated: string }) => s.allocated),
    );
  });
});

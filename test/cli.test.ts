import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../cli/main";
import { VOSGES_2022_EXAMPLE } from "../calc";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "vosges-2022.json");
const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-cli-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Writes a scenario file in a temporary folder and returns its path. */
function file(name: string, content: string): string {
  const p = path.join(TMP, name);
  writeFileSync(p, content, "utf8");
  return p;
}

/** No JavaScript stack trace in what the user reads. */
function expectNoStack(text: string) {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)/m);
  expect(text).not.toMatch(/\b(TypeError|ReferenceError|SyntaxError|CalcError)\b/);
}

describe("fs-ctec compute", () => {
  test("compute examples/vosges-2022.json --json (from the project folder) → totals.allocated 409045.00, code 0", async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const out = await run(["compute", "examples/vosges-2022.json", "--json"]);
      expect(out.code).toBe(0);
      expect(out.stderr).toBe("");
      const result = JSON.parse(out.stdout);
      expect(result.totals.allocated).toBe("409045.00");
      // expenses: finals 380 691,38 (capped rule) + coordinator 56 498 + legal support 10 752 = 447 941,38; gap to the stated 450 000: −2 058,62
      expect(result.budget.gap).toBe("-2058.62");
      expect(result.structures[0].traces.requested.formula).toEqual(expect.any(String));
    } finally {
      process.chdir(cwd);
    }
  });

  test("--sans-traces leaves the traces out", async () => {
    const result = JSON.parse((await run(["compute", EXAMPLE, "--json", "--sans-traces"])).stdout);
    expect(result.structures[0].traces).toBeUndefined();
    expect(result.totals.allocated).toBe("409045.00");
  });

  test("--csv: French Excel CSV, BOM, « ; » separator, decimal comma, text quoted, one row per structure", async () => {
    const out = await run(["compute", EXAMPLE, "--csv"]);
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith("\ufeff")).toBe(true);
    const lines = out.stdout
      .slice(1)
      .split("\r\n")
      .filter((l) => l.length > 0);
    expect(lines).toHaveLength(1 + 12);
    expect(lines[0].startsWith("Année;Gestionnaire;Structure;")).toBe(true); // the glossary's labels, bare (as the pane's e2e test reads them)
    // the example's texts hold no « ; » nor « " »: a split and the quotes taken off give the cells
    const rows = lines.map((l) => l.split(";").map((c) => c.replace(/^"(.*)"$/, "$1")));
    expect(rows[0]).toEqual([
      "Année",
      "Gestionnaire",
      "Structure",
      "Identifiant",
      "Type",
      "ETP",
      "Taux d'atteinte",
      "Masse salariale",
      "Autres charges",
      "Forfait de l'État",
      "Autres ressources",
      "Subventions d'investissement",
      "Déduction",
      "Part du Département demandée",
      "Attribution prévisionnelle",
      "Acompte",
      "Masse salariale réalisée",
      "Demande finale",
      "Attribution finale",
      "Solde (négatif : reversement)",
      "Reste à charge prévisionnel",
      "Reste à charge final",
    ]);
    const d1 = lines.find((r) => r.includes(';"fs-d1";'))?.split(";");
    expect(d1?.slice(0, 7)).toEqual([
      "2022",
      '"Communauté de communes D (illustratif)"',
      '"France Services D1 (illustratif)"',
      '"fs-d1"',
      '"fixe"',
      "2,3",
      "0,4",
    ]);
    expect(d1?.[14]).toBe("32537,47"); // Attribué
    expect(d1?.[15]).toBe("16268,74"); // Acompte: 32 537,47 × 50 % = 16 268,735, rounded up
    // Solde, capped rule: final = 32 537,47 × 4 800 / 37 329,20 = 4 183,85; 4 183,85 − acompte 16 268,74 = −12 084,89
    expect(d1?.[18]).toBe("4183,85");
    expect(d1?.[19]).toBe("-12084,89"); // a negative number, not escaped as a formula
  });

  test("--csv: a name typed as a formula is not run by Excel, and a name with « ; » stays one cell", async () => {
    const s = {
      year: 2022,
      managers: [
        {
          id: "m",
          name: '=HYPERLINK("http://x")',
          structures: [
            { id: "s", name: "Epinal; centre", labelledSince: "2020-01-01", agents: [{ loadedCost: 36000 }, { loadedCost: 36000 }] },
          ],
        },
      ],
    };
    const rows = (await run(["compute", file("csv-names.json", JSON.stringify(s)), "--csv"])).stdout.slice(1).split("\r\n");
    expect(rows[1].startsWith(`2022;"'=HYPERLINK(""http://x"")";"Epinal; centre";"s";"fixe";2;1;72000,00;`)).toBe(true);
  });

  test("the readable table: one row per manager, « Total » with 409 045,00, D1's repayment 12 084,89 (16 268,74 − 4 183,85) and the budget 380 691,38 + 56 498 + 10 752 = 447 941,38", async () => {
    const out = await run(["compute", EXAMPLE]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("EXEMPLE ILLUSTRATIF");
    const total = out.stdout.split("\n").find((l) => l.startsWith("Total"));
    expect(total).toContain("409 045,00");
    expect(total).toContain("469 284,17");
    expect(out.stdout).toContain("France Services D1 (illustratif) : 12 084,89 €");
    expect(out.stdout).toContain("dépenses 447 941,38 €");
    expect(out.stdout).toContain("coût total déclaré 450 000,00 € (écart -2 058,62 €)");
  });

  test("a malformed scenario → code 2, every error with its path, no stack trace", async () => {
    const bad = {
      year: 2019,
      rules: { rate: 80 },
      managers: [
        {
          id: "m1",
          name: "G",
          structures: [
            { id: "s1", name: "S", kind: "bus", agents: [{ loadedCost: -5, fte: 1.5, months: 13 }] },
            { id: "s1", name: "T" },
          ],
        },
      ],
    };
    const out = await run(["compute", file("bad.json", JSON.stringify(bad)), "--json"]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("contient 7 erreur(s)");
    for (const line of [
      "year : le modèle commence en 2020 (premier forfait France Services) [hors_bornes]",
      "rules.rate : doit être compris entre 0 et 1 (80 % s'écrit 0,8) [taux_invalide]",
      "managers[0].structures[0].kind : « bus » n'est pas permis",
      "managers[0].structures[0].agents[0].loadedCost : un montant ne peut pas être négatif [montant_negatif]",
      "managers[0].structures[0].agents[0].fte : une quotité doit être comprise entre 0 et 1",
      "managers[0].structures[0].agents[0].months : un nombre de mois doit être compris entre 0 et 12 [hors_bornes]",
      "managers[0].structures[1].id : identifiant « s1 » déjà utilisé par managers[0].structures[0] [doublon]",
    ]) {
      expect(out.stderr).toContain(line);
    }
    expectNoStack(out.stderr);
  });

  test("a scenario that cannot be computed (the 2024 split for « etat ») → code 2 with the structure's path", async () => {
    const s = {
      year: 2024,
      rules: { deduction: "etat" },
      managers: [{ id: "m", name: "G", structures: [{ id: "s", name: "S", labelledSince: "2020-01-01", agents: [{ loadedCost: 1 }] }] }],
    };
    const out = await run(["compute", file("etat2024.json", JSON.stringify(s))]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      "managers[0].structures[0].kind : « Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024 [non_publie]",
    );
    expectNoStack(out.stderr);
  });

  test("a missing file → code 2, « fichier introuvable »", async () => {
    const missing = path.join(TMP, "absent.json");
    const out = await run(["compute", missing]);
    expect(out).toEqual({ stdout: "", stderr: `fs-ctec : fichier introuvable : ${missing}\n`, code: 2 });
  });

  test("invalid JSON → code 2, « n'est pas un JSON valide », no stack trace", async () => {
    const out = await run(["compute", file("broken.json", '{ "year": 2022, ')]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/broken\.json n'est pas un JSON valide/);
    expectNoStack(out.stderr);
  });

  test("no file given → code 2 with the usage", async () => {
    const out = await run(["compute", "--json"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("indiquez le fichier du scénario");
  });

  test("--projection 2022-2026 → one row per year with each year's forfait, and a total", async () => {
    const out = await run(["compute", EXAMPLE, "--projection", "2022-2026"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Projection 2022–2026");
    // the first table (the budget years' table follows it)
    const rows = out.stdout
      .split("Budget du Département")[0]
      .split("\n")
      .filter((l) => /^(20\d\d|Total)\b/.test(l));
    expect(rows.map((l) => l.split(/\s{2,}/)[0])).toEqual(["2022", "2023", "2024", "2025", "2026", "Total"]);
    // 12 structures: fs-g2 opens 9 months in 2022 (monthsOpen: 9, its opening year only), full years after
    expect(rows[0]).toContain("352 500,00"); // 11 × 30 000 + 30 000 × 9 / 12
    expect(rows[1]).toContain("420 000,00"); // 12 × 35 000
    expect(rows[3]).toContain("540 000,00"); // 12 × 45 000
    expect(rows[4]).toContain("600 000,00"); // 12 × 50 000
  });

  test("--projection with a bad period → code 2", async () => {
    expect((await run(["compute", EXAMPLE, "--projection", "2022"])).code).toBe(2);
  });
});

describe("fs-ctec schema and example", () => {
  test("schema prints the JSON Schema of a scenario", async () => {
    const out = await run(["schema"]);
    expect(out.code).toBe(0);
    const schema = JSON.parse(out.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toBe("Scénario de convention France Services (CTEC)");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["year", "rules", "parameters", "managers", "budget"]));
  });

  test("example prints the shipped example, the same as examples/vosges-2022.json", async () => {
    const out = await run(["example"]);
    expect(out.code).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed).toEqual(VOSGES_2022_EXAMPLE);
    expect(printed).toEqual(JSON.parse(readFileSync(EXAMPLE, "utf8")));
    expect(printed.illustrative).toBe(true);
  });

  test("the French command names work too: exemple, schéma, calculer", async () => {
    expect((await run(["exemple"])).stdout).toBe((await run(["example"])).stdout);
    expect((await run(["schéma"])).stdout).toBe((await run(["schema"])).stdout);
    expect(JSON.parse((await run(["calculer", EXAMPLE, "--json"])).stdout).totals.allocated).toBe("409045.00");
  });
});

describe("fs-ctec without a command or with an unknown one", () => {
  test("no command → the usage, code 2; --help → the usage, code 0", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("Utilisation :");
    expect((await run(["--help"])).code).toBe(0);
  });

  test("an unknown command → code 2", async () => {
    const out = await run(["calcul"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("commande inconnue « calcul »");
  });
});

/**
 * The payment cycle in the command line's texts (issue 12): the rules named in the header, the
 * balance rate and the unspent credits in the summary, the Département's budget by budget year
 * (chained over a projection), and the estimated or decided parameters listed last with their
 * source. Figures worked by hand from the example (default rules: capped final amounts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../cli/main";
import { VOSGES_2022_EXAMPLE } from "../calc";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "vosges-2022.json");
const TMP = mkdtempSync(path.join(tmpdir(), "fs-ctec-cycle-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const p = path.join(TMP, name);
  writeFileSync(p, JSON.stringify(content), "utf8");
  return p;
}

function exampleWith(change: (s: Record<string, unknown> & { rules: Record<string, unknown> }) => void): string {
  const s = structuredClone(VOSGES_2022_EXAMPLE) as unknown as Record<string, unknown> & { rules: Record<string, unknown> };
  change(s);
  return file(`example-${Math.random().toString(36).slice(2)}.json`, s);
}

/** The text from a section's title to the next blank line. */
function section(text: string, title: string): string {
  const start = text.indexOf(title);
  if (start < 0) throw new Error(`no section « ${title} » in:\n${text}`);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** A table row's cells (columns are separated by two spaces or more). */
function cells(text: string, first: string): string[] {
  const line = text.split("\n").find((l) => l.startsWith(first));
  if (line === undefined) throw new Error(`no row « ${first} » in:\n${text}`);
  return line.trimEnd().split(/\s{2,}/);
}

describe("compute: the header names the rules", () => {
  test("default rules: the natural reading of the 80 % and the capped final amount, with the payment dates", async () => {
    const out = await run(["compute", EXAMPLE]);
    expect(out.code).toBe(0);
    const head = out.stdout.split("\n\n")[0];
    expect(head).toContain("Règle : 80 % de la masse salariale après déduction (forfait) ; acompte 50 % ; enveloppe 409 045,00 €");
    expect(head).toContain(
      "Lecture de la règle : taux × (masse salariale − déduction) ; montant final : plafonné au montant de la convention",
    );
    expect(head).toContain("Acomptes le 15 décembre 2022, soldes et reversements le 30 juin 2023");
  });

  test("the other reading and the redistribution are named when the scenario chooses them", async () => {
    const f = exampleWith((s) => (s.rules = { ...s.rules, finalPayment: "redistribue", shareBase: "part_moins_forfait" }));
    const head = (await run(["compute", f])).stdout.split("\n\n")[0];
    expect(head).toContain(
      "Lecture de la règle : taux × masse salariale − déduction ; montant final : enveloppe répartie à nouveau sur le réalisé",
    );
  });
});

describe("compute: the summary and the budget years", () => {
  test("balance rate 69,73 %; unspent credits 28 353,62 € = 409 045,00 − 380 691,38 (finals under the capped rule)", async () => {
    const text = (await run(["compute", EXAMPLE])).stdout;
    expect(text).toContain("Taux d'équilibre : 69,73 %");
    expect(text).toContain("Crédits non consommés : 28 353,62 €");
    expect(cells(text, "Total")[7]).toBe("380 691,38"); // « Attribution finale »
  });

  test("budget by exercice: 2022 = acomptes 204 522,53 + other expenses 67 250,00 (56 498 + 10 752) = 271 772,53; 2023 = soldes 188 253,74 − reversement 12 084,89 = 176 168,85; total 447 941,38, the budget's net", async () => {
    const text = (await run(["compute", EXAMPLE])).stdout;
    const years = section(text, "Budget du Département par exercice");
    expect(cells(years, "Exercice")).toEqual([
      "Exercice",
      "Acomptes versés",
      "Soldes versés",
      "Reversements (recettes)",
      "Autres dépenses du Département",
      "Autres recettes du Département",
      "Coût net de l'exercice",
    ]);
    expect(cells(years, "2022")).toEqual(["2022", "204 522,53", "0,00", "0,00", "67 250,00", "0,00", "271 772,53"]);
    expect(cells(years, "2023")).toEqual(["2023", "0,00", "188 253,74", "12 084,89", "0,00", "0,00", "176 168,85"]);
    expect(cells(years, "Total")).toEqual(["Total", "204 522,53", "188 253,74", "12 084,89", "67 250,00", "0,00", "447 941,38"]);
    expect(text).toContain("Budget du Département : dépenses 447 941,38 €, recettes 0,00 €");
  });

  test("--json carries the payments (acompte 2022-12-15, solde or reversement 2023-06-30 for each structure) and budget.byExercice", async () => {
    const r = JSON.parse((await run(["compute", EXAMPLE, "--json", "--sans-traces"])).stdout);
    expect(r.payments).toHaveLength(24);
    for (const s of r.structures) {
      const own = r.payments.filter((p: { structureId: string }) => p.structureId === s.id);
      expect(own.map((p: { kind: string; date: string; exercice: number }) => [p.kind, p.date, p.exercice])).toEqual([
        ["acompte", "2022-12-15", 2022],
        [s.id === "fs-d1" ? "reversement" : "solde", "2023-06-30", 2023],
      ]);
    }
    expect(
      r.payments.find((p: { structureId: string; kind: string }) => p.structureId === "fs-d1" && p.kind === "reversement").amount,
    ).toBe("12084.89");
    expect(r.budget.byExercice["2022"]).toEqual({
      advances: "204522.53",
      balances: "0.00",
      repayments: "0.00",
      otherExpenses: "67250.00",
      otherReceipts: "0.00",
      total: "271772.53",
    });
    expect(r.budget.balanceRate).toBe("0.6973");
  });
});

describe("compute: the estimated or decided parameters end the text", () => {
  test("each with its label, value, status, date and source; no published figure listed; none left among the warnings", async () => {
    const text = (await run(["compute", EXAMPLE])).stdout;
    const title = "Paramètres estimés ou décidés utilisés (à vérifier) :";
    const start = text.indexOf(title);
    expect(start).toBeGreaterThan(text.indexOf("Avertissements :"));
    const last = text.slice(start);
    expect(last).toContain(
      "  - Centre de gestion (titulaires) = 0,8 % (estimation, depuis le 1er janvier 2017)\n      source : Estimation : taux local (centre de gestion, à remplacer par le taux de la collectivité)",
    );
    expect(last).toContain("  - Taux de l'acompte versé à la signature = 50 % (décision, depuis le 1er janvier 2022)");
    // the 2022 forfait (30 000 €) and the envelope are published figures in 2022: not listed
    expect(last).not.toContain("Forfait de l'État");
    expect(last).not.toContain("Enveloppe");
    expect(section(text, "Avertissements :")).not.toContain("paramètre estimé");
  });

  test("a value set in the scenario is a decision, listed with « Valeur saisie dans le scénario » (without a date: « sans date »)", async () => {
    const f = exampleWith((s) => (s.parameters = { "forfait.total": 32000 }));
    const text = (await run(["compute", f])).stdout;
    expect(text).toMatch(
      / {2}- Forfait de l'État par structure labellisée et par an = 32 000,00 € \(décision, sans date\)\n {6}source : Valeur saisie dans le scénario/,
    );
  });
});

describe("projection text: the budget years chained, the estimates with their years", () => {
  test("2022–2026: exercice N = acomptes of N + soldes of N − 1 − reversements; 2027 holds the last soldes", async () => {
    const out = await run(["compute", EXAMPLE, "--projection", "2022-2026"]);
    expect(out.code).toBe(0);
    const years = section(out.stdout, "Budget du Département par exercice");
    expect(cells(years, "2022")).toEqual(["2022", "204 522,53", "0,00", "0,00", "67 250,00", "0,00", "271 772,53"]);
    // 204 522,53 (2023's acomptes: its requests, 427 868,21, exceed the envelope, so half of 409 045,00 rounded by payee)
    //   + 188 253,74 (2022's soldes) + 56 498,00 (the coordinator; the legal support is a one-off of 2022)
    //   − 12 084,89 (D1's reversement) = 437 189,38
    expect(cells(years, "2023")).toEqual(["2023", "204 522,53", "188 253,74", "12 084,89", "56 498,00", "0,00", "437 189,38"]);
    // 2026's solde, a forecast: final = allocation 301 675,02 − acompte 150 837,53 = 150 837,49
    expect(cells(years, "2027")).toEqual(["2027", "0,00", "150 837,49", "0,00", "0,00", "0,00", "150 837,49"]);
    expect(out.stdout).toContain("pour la convention 2022, aux mêmes jours les années suivantes");
  });

  test("each estimated parameter with the years it was used in: the 2025 forfait (2025 only), the envelope carried forward (2023–2026)", async () => {
    const text = (await run(["compute", EXAMPLE, "--projection", "2022-2026"])).stdout;
    const last = text.slice(text.indexOf("Paramètres estimés ou décidés utilisés"));
    expect(last).toMatch(
      / {2}- Forfait de l'État par structure labellisée et par an = 45 000,00 € \(estimation, depuis le 1er janvier 2025 ; année 2025\)\n {6}source : /,
    );
    expect(last).toMatch(
      / {2}- Enveloppe des subventions de fonctionnement = 409 045,00 € \(estimation, depuis le 1er janvier 2022 ; années 2023, 2024, 2025, 2026\)/,
    );
    expect(last).toContain(
      "  - Taux de l'acompte versé à la signature = 50 % (décision, depuis le 1er janvier 2022 ; années 2022, 2023, 2024, 2025, 2026)",
    );
  });
});

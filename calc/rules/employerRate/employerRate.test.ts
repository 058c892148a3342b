import { employerRate, parseStatus } from "./index";
import { ParameterSet } from "../../parameters/lookup";
import { issuesOf } from "../../../test/support/errors";

describe("employer contribution rate presets: the sum of itemised dated lines (domain reference §4.3)", () => {
  test("titulaire 2022 = 0,3065 + 0,0988 + 0,0525 + 0,003 + 0,001 + 0,004 + 0,009 + 0,008 = 0,4828 (family allowances at the full 5,25 %)", () => {
    const { rate, lines } = employerRate("titulaire", 2022);
    expect(rate.toString()).toBe("0.4828");
    expect(lines.map((l) => [l.name, l.value])).toEqual([
      ["cnracl.employeur", "0.3065"],
      ["titulaire.maladie", "0.0988"],
      ["titulaire.allocations_familiales", "0.0525"],
      ["titulaire.csa", "0.0030"],
      ["titulaire.fnal", "0.0010"],
      ["titulaire.atiacl", "0.0040"],
      ["titulaire.cnfpt", "0.0090"],
      ["titulaire.cdg", "0.0080"],
    ]);
  });

  test("contractuel 2022 = 0,13 + 0,0855 + 0,0202 + 0,0525 + 0,003 + 0,001 + 0,042 + 0,009 + 0,008 + 0,015 + 0 + 0 = 0,3662", () => {
    // full maladie and family rates (public employers), then work accidents 1,5 % (estimate),
    // unemployment insurance 0 (auto-assurance), transport levy 0 (decision: replace by the local rate)
    const { rate, lines } = employerRate("contractuel", 2022);
    expect(rate.toString()).toBe("0.3662");
    expect(lines.map((l) => [l.name, l.value])).toEqual([
      ["contractuel.maladie", "0.1300"],
      ["contractuel.vieillesse_plafonnee", "0.0855"],
      ["contractuel.vieillesse_deplafonnee", "0.0202"],
      ["contractuel.allocations_familiales", "0.0525"],
      ["contractuel.csa", "0.0030"],
      ["contractuel.fnal", "0.0010"],
      ["contractuel.ircantec", "0.0420"],
      ["contractuel.cnfpt", "0.0090"],
      ["contractuel.cdg", "0.0080"],
      ["contractuel.accidents_travail", "0.0150"],
      ["contractuel.chomage", "0"],
      ["contractuel.versement_mobilite", "0"],
    ]);
  });

  test("contractuel 2017: maladie 12,89 % (13 % from 2018), so 0,3662 − 0,0011 = 0,3651", () => {
    expect(employerRate("contractuel", 2017).rate.toString()).toBe("0.3651");
  });

  test("an employer that adhered to unemployment insurance (4,05 %) and levies a 0,6 % transport levy: 0,3662 + 0,0405 + 0,006 = 0,4127", () => {
    const params = new ParameterSet(undefined, { "contractuel.chomage": "0.0405", "contractuel.versement_mobilite": "0.006" });
    expect(employerRate("contractuel", 2022, params).rate.toString()).toBe("0.4127");
  });

  test("titulaire 2024: CNRACL 31,65 % and maladie 8,88 %, so 0,3165 + 0,0888 + 0,0775 = 0,4828 (the two changes offset)", () => {
    const { rate, lines } = employerRate("titulaire", 2024);
    const byName = Object.fromEntries(lines.map((l) => [l.name, l.value]));
    expect(byName["cnracl.employeur"]).toBe("0.3165");
    expect(byName["titulaire.maladie"]).toBe("0.0888");
    expect(rate.toString()).toBe("0.4828");
  });

  test.each([
    [2025, "0.3465", "0.5228"], // 0.3465 + 0.0988 + 0.0775
    [2026, "0.3765", "0.5528"],
    [2027, "0.4065", "0.5828"],
    [2028, "0.4365", "0.6128"],
  ])("titulaire %i: CNRACL %s → total %s", (year, cnracl, total) => {
    const { rate, lines } = employerRate("titulaire", year);
    expect(lines[0]).toMatchObject({ name: "cnracl.employeur", value: cnracl });
    expect(rate.toString()).toBe(total);
  });

  test("the estimated and decided lines say so: centre de gestion, the contractuel lines not checked, work accidents; the transport levy is a decision", () => {
    const tit = employerRate("titulaire", 2022).lines;
    expect(tit.filter((l) => l.status === "estimate").map((l) => l.name)).toEqual(["titulaire.cdg"]);
    const con = employerRate("contractuel", 2022).lines;
    expect(con.filter((l) => l.status === "source").map((l) => l.name)).toEqual([
      "contractuel.maladie",
      "contractuel.allocations_familiales",
      "contractuel.chomage",
    ]);
    expect(con.filter((l) => l.status === "decision").map((l) => l.name)).toEqual(["contractuel.versement_mobilite"]);
    expect(con.find((l) => l.name === "contractuel.accidents_travail")?.status).toBe("estimate");
  });

  test("a user replaces one line: centre de gestion at 1 % → titulaire 2022 = 0,4828 + 0,002 = 0,4848", () => {
    const params = new ParameterSet(undefined, { "titulaire.cdg": "0.01" });
    expect(employerRate("titulaire", 2022, params).rate.toString()).toBe("0.4848");
  });

  test("status as typed: « Titulaire », « CONTRACTUEL »; « stagiaire » → valeur_inconnue", () => {
    expect(parseStatus("Titulaire")).toBe("titulaire");
    expect(parseStatus(" CONTRACTUEL ")).toBe("contractuel");
    expect(issuesOf(() => parseStatus("stagiaire"))).toEqual([
      { code: "valeur_inconnue", path: "statut", message: "statut : « stagiaire » n'est pas un statut (titulaire ou contractuel)" },
    ]);
  });
});

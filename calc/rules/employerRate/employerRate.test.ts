import { employerRate, parseStatus } from "./index";
import { ParameterSet } from "../../parameters/lookup";
import { issuesOf } from "../../../test/support/errors";

describe("employer contribution rate presets: the sum of itemised dated lines (domain reference §4.3)", () => {
  test("titulaire 2022 = 0,3065 + 0,0988 + 0,0345 + 0,003 + 0,001 + 0,004 + 0,009 + 0,008 = 0,4648", () => {
    const { rate, lines } = employerRate("titulaire", 2022);
    expect(rate.toString()).toBe("0.4648");
    expect(lines.map((l) => [l.name, l.value])).toEqual([
      ["cnracl.employeur", "0.3065"],
      ["titulaire.maladie", "0.0988"],
      ["titulaire.allocations_familiales", "0.0345"],
      ["titulaire.csa", "0.0030"],
      ["titulaire.fnal", "0.0010"],
      ["titulaire.atiacl", "0.0040"],
      ["titulaire.cnfpt", "0.0090"],
      ["titulaire.cdg", "0.0080"],
    ]);
  });

  test("contractuel 2022 = 0,07 + 0,0855 + 0,0202 + 0,0345 + 0,003 + 0,001 + 0,042 + 0,009 + 0,008 = 0,2732", () => {
    const { rate, lines } = employerRate("contractuel", 2022);
    expect(rate.toString()).toBe("0.2732");
    expect(lines).toHaveLength(9);
  });

  test("titulaire 2024: CNRACL 31,65 % and maladie 8,88 %, so 0,3165 + 0,0888 + 0,0595 = 0,4648 (the two changes offset)", () => {
    const { rate, lines } = employerRate("titulaire", 2024);
    const byName = Object.fromEntries(lines.map((l) => [l.name, l.value]));
    expect(byName["cnracl.employeur"]).toBe("0.3165");
    expect(byName["titulaire.maladie"]).toBe("0.0888");
    expect(rate.toString()).toBe("0.4648");
  });

  test.each([
    [2025, "0.3465", "0.5048"], // 0.3465 + 0.0988 + 0.0595
    [2026, "0.3765", "0.5348"],
    [2027, "0.4065", "0.5648"],
    [2028, "0.4365", "0.5948"],
  ])("titulaire %i: CNRACL %s → total %s", (year, cnracl, total) => {
    const { rate, lines } = employerRate("titulaire", year);
    expect(lines[0]).toMatchObject({ name: "cnracl.employeur", value: cnracl });
    expect(rate.toString()).toBe(total);
  });

  test("the estimated lines say so: centre de gestion and every contractuel line", () => {
    const tit = employerRate("titulaire", 2022).lines;
    expect(tit.filter((l) => l.status === "estimate").map((l) => l.name)).toEqual(["titulaire.cdg"]);
    expect(employerRate("contractuel", 2022).lines.every((l) => l.status === "estimate")).toBe(true);
  });

  test("a user replaces one line: centre de gestion at 1 % → titulaire 2022 = 0,4668", () => {
    const params = new ParameterSet(undefined, { "titulaire.cdg": "0.01" });
    expect(employerRate("titulaire", 2022, params).rate.toString()).toBe("0.4668");
  });

  test("status as typed: « Titulaire », « CONTRACTUEL »; « stagiaire » → valeur_inconnue", () => {
    expect(parseStatus("Titulaire")).toBe("titulaire");
    expect(parseStatus(" CONTRACTUEL ")).toBe("contractuel");
    expect(issuesOf(() => parseStatus("stagiaire"))).toEqual([
      { code: "valeur_inconnue", path: "statut", message: "statut : « stagiaire » n'est pas un statut (titulaire ou contractuel)" },
    ]);
  });
});

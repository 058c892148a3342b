import { EMPLOYER_RATE_PRESETS, PARAMETERS } from "./data";
import { REFERENCE_PARAMETERS } from "./lookup";
import { dec } from "../arithmetic/money";

/**
 * Each figure of the domain reference (§2, §3, §4), at a date, with its status; where a public
 * source corrects the domain reference (issue 12), the corrected figure, with the source in data.ts.
 */
const REFERENCE: [name: string, date: string, value: string, status: "source" | "estimate" | "decision"][] = [
  // §4.1 forfait
  ["forfait.total", "2020-01-01", "30000", "source"],
  ["forfait.total", "2022-12-31", "30000", "source"],
  ["forfait.total", "2023-01-01", "35000", "source"],
  ["forfait.total", "2024-01-01", "40000", "source"],
  ["forfait.total", "2025-01-01", "45000", "estimate"],
  // 2026: an announced trajectory (AN QE 16-10490, 2024), not a published amount → estimate
  ["forfait.total", "2026-01-01", "50000", "estimate"],
  ["forfait.fnadt", "2022-01-01", "15000", "source"],
  ["forfait.fnfs", "2022-01-01", "15000", "source"],
  ["forfait.fnadt", "2023-01-01", "20000", "source"],
  ["forfait.fnfs", "2023-01-01", "15000", "source"],
  ["forfait.laposte.fonds_postal", "2022-01-01", "26000", "source"],
  ["forfait.laposte.fnfs", "2022-01-01", "4000", "source"],
  // §4.2 point d'indice and minimum IM
  // 2016-07-01: 5 556,35 × 1,006 = 5 589,6881 → 5 589,69 (décret 2016-670); monthly 5 589,69 / 1 200 = 4,658075
  ["point.annuel", "2016-07-01", "5589.69", "source"],
  ["point.annuel", "2017-01-31", "5589.69", "source"],
  ["point.annuel", "2017-02-01", "5623.23", "source"],
  ["point.annuel", "2022-07-01", "5820.04", "source"],
  ["point.annuel", "2023-07-01", "5907.34", "source"],
  ["point.annuel", "2025-12-31", "5907.34", "source"],
  ["point.annuel", "2026-01-01", "5907.34", "estimate"],
  ["indice.minimum", "2021-09-30", "309", "estimate"],
  ["indice.minimum", "2021-10-01", "340", "source"],
  ["indice.minimum", "2022-01-01", "343", "source"],
  ["indice.minimum", "2022-05-01", "352", "source"],
  ["indice.minimum", "2023-01-01", "353", "source"],
  ["indice.minimum", "2023-05-01", "361", "source"],
  ["indice.minimum", "2024-01-01", "366", "source"],
  // §4.3 employer rates
  ["cnracl.employeur", "2017-01-01", "0.3065", "source"],
  ["cnracl.employeur", "2023-12-31", "0.3065", "source"],
  ["cnracl.employeur", "2024-01-01", "0.3165", "source"],
  ["cnracl.employeur", "2025-01-01", "0.3465", "source"],
  ["cnracl.employeur", "2026-01-01", "0.3765", "source"],
  ["cnracl.employeur", "2027-01-01", "0.4065", "source"],
  ["cnracl.employeur", "2028-01-01", "0.4365", "source"],
  ["titulaire.maladie", "2022-01-01", "0.0988", "source"],
  ["titulaire.maladie", "2024-01-01", "0.0888", "source"],
  // public employers pay the full 5,25 % (Urssaf, CNRACL agents), not the reduced 3,45 %
  ["titulaire.allocations_familiales", "2022-01-01", "0.0525", "source"],
  ["titulaire.csa", "2022-01-01", "0.0030", "source"],
  ["titulaire.fnal", "2022-01-01", "0.0010", "source"],
  ["titulaire.atiacl", "2022-01-01", "0.0040", "source"],
  ["titulaire.cnfpt", "2022-01-01", "0.0090", "source"],
  ["titulaire.cdg", "2022-01-01", "0.0080", "estimate"],
  // collectivités are excluded from the 6-point maladie reduction (Urssaf): 12,89 % in 2017, 13 % from 2018
  ["contractuel.maladie", "2017-01-01", "0.1289", "source"],
  ["contractuel.maladie", "2022-01-01", "0.1300", "source"],
  ["contractuel.maladie", "2025-01-01", "0.1300", "source"],
  ["contractuel.vieillesse_plafonnee", "2022-01-01", "0.0855", "estimate"],
  ["contractuel.vieillesse_deplafonnee", "2022-01-01", "0.0202", "estimate"],
  ["contractuel.allocations_familiales", "2022-01-01", "0.0525", "source"],
  ["contractuel.csa", "2022-01-01", "0.0030", "estimate"],
  ["contractuel.fnal", "2022-01-01", "0.0010", "estimate"],
  ["contractuel.ircantec", "2022-01-01", "0.0420", "estimate"],
  ["contractuel.cnfpt", "2022-01-01", "0.0090", "estimate"],
  ["contractuel.cdg", "2022-01-01", "0.0080", "estimate"],
  ["contractuel.accidents_travail", "2022-01-01", "0.0150", "estimate"],
  ["contractuel.chomage", "2022-01-01", "0", "source"],
  ["contractuel.versement_mobilite", "2022-01-01", "0", "decision"],
  // §2 grants
  ["subvention.bus_banque_territoires", "2022-01-01", "30000", "source"],
  ["subvention.conseiller_numerique.annee1", "2023-01-01", "17500", "source"],
  ["subvention.conseiller_numerique.annees2_3", "2023-01-01", "12500", "source"],
  // §1, §3 the Vosges convention
  ["departement.taux", "2022-01-01", "0.80", "source"],
  ["departement.taux_acompte", "2022-01-01", "0.50", "decision"],
  ["departement.enveloppe", "2022-01-01", "409045", "source"],
  ["departement.coordinateur", "2022-01-01", "56498", "source"],
  ["departement.appui_juridique", "2022-01-01", "10752", "source"],
  ["departement.cout_total_declare", "2022-01-01", "450000", "source"],
  ["etat.animation_reseau", "2022-01-01", "25000", "source"],
  ["etat.animation_reseau", "2024-01-01", "50000", "source"],
];

describe("the reference parameters reproduce the domain reference, figure by figure", () => {
  test.each(REFERENCE)("%s at %s = %s (%s)", (name, date, value, status) => {
    expect(REFERENCE_PARAMETERS.at(name, date)).toMatchObject({ value, status });
  });

  test("no conseiller numérique grant before 2023, no split of the forfait published from 2024", () => {
    expect(() => REFERENCE_PARAMETERS.at("subvention.conseiller_numerique.annee1", "2022-12-31")).toThrow(/avant le 1er janvier 2023/);
    for (const name of ["forfait.fnadt", "forfait.fnfs"])
      expect(() => REFERENCE_PARAMETERS.at(name, "2024-01-01")).toThrow(/n'est pas publié/);
    for (const name of ["forfait.laposte.fonds_postal", "forfait.laposte.fnfs"])
      expect(() => REFERENCE_PARAMETERS.at(name, "2023-01-01")).toThrow(/n'est pas publié/);
  });

  test("the FRR bonus exists from 2025 but its amount is not published: non_publie (Excel #N/A), an estimate saying what is known", () => {
    expect(() => REFERENCE_PARAMETERS.at("forfait.bonus_frr", "2025-01-01")).toThrow(/n'est pas publié/);
    expect(() => REFERENCE_PARAMETERS.at("forfait.bonus_frr", "2024-12-31")).toThrow(/avant le 1er janvier 2025/);
    const frr = PARAMETERS.find((p) => p.name === "forfait.bonus_frr")!;
    expect(frr.values).toEqual([expect.objectContaining({ from: "2025-01-01", value: null, status: "estimate" })]);
    expect(frr.values[0].source).toMatch(/France ruralités revitalisation/);
  });

  test("the 2026 forfait's source quotes the written question's answer and its address", () => {
    expect(REFERENCE_PARAMETERS.at("forfait.total", "2026-01-01").source).toMatch(
      /^Estimation : trajectoire annoncée.*16-10490.*https:\/\/questions\.assemblee-nationale\.fr\/q16\/16-10490QE\.htm$/,
    );
  });
});

describe("the parameter set is well formed", () => {
  test("names are unique", () => {
    const names = PARAMETERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test("every parameter has dated values in strictly increasing order, each with a source", () => {
    for (const p of PARAMETERS) {
      expect(p.values.length).toBeGreaterThan(0);
      p.values.forEach((v, i) => {
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (i > 0) expect(v.from > p.values[i - 1].from).toBe(true);
        expect(v.source.length).toBeGreaterThan(0);
      });
    }
  });

  test("every published value is a decimal; every rate is in [0, 1]; no amount is negative", () => {
    for (const p of PARAMETERS) {
      for (const v of p.values) {
        if (v.value === null) continue;
        expect(v.value).toMatch(/^\d+(\.\d+)?$/);
        if (p.unit === "taux") expect(dec(v.value).lte(1)).toBe(true);
      }
    }
  });

  test("an estimate's source says it is one", () => {
    for (const p of PARAMETERS) for (const v of p.values) if (v.status === "estimate") expect(v.source).toMatch(/^Estimation/);
  });

  test("every preset line is a parameter", () => {
    for (const name of [...EMPLOYER_RATE_PRESETS.titulaire, ...EMPLOYER_RATE_PRESETS.contractuel])
      expect(REFERENCE_PARAMETERS.has(name)).toBe(true);
  });
});

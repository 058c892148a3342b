import { compute } from "..";
import { labelledMonths } from "./structure";
import { agentsAt, computed, scenarioOf, structure, structureOf } from "../../test/support/scenario";

/** One structure with a payroll of 72 000 (two agents at 36 000), 2022 unless told, envelope wide enough to pay it. */
function one(fields: Parameters<typeof structure>[1] = {}, extra: Parameters<typeof scenarioOf>[1] = {}) {
  const result = computed(
    scenarioOf([structure("s1", { agents: agentsAt(36000, 36000), ...fields })], { rules: { envelope: 1000000 }, ...extra }),
  );
  return structureOf(result, "s1");
}

describe("labelled months: a label taking effect after the 1st counts from the next month", () => {
  test.each([
    [null, 0],
    ["2021-07-01", 12],
    ["2022-01-01", 12],
    ["2022-04-01", 9], // April → December
    ["2022-04-15", 8], // May → December
    ["2022-12-01", 1],
    ["2022-12-15", 0],
    ["2023-01-01", 0],
  ] as const)("labelled since %s → %i months in 2022", (since, months) => {
    expect(labelledMonths(since, 2022)).toBe(months);
  });
});

describe("forfait of a structure = round(forfait of the year × months labelled and open / 12)", () => {
  test("labelled on 2022-04-01 → 9 months: 30 000 × 9 / 12 = 22 500; share 0,8 × (72 000 − 22 500) = 39 600", () => {
    const s = one({ labelledSince: "2022-04-01" });
    expect([s.forfaitMonths, s.forfait, s.deduction, s.requested]).toEqual(["9", "22500.00", "22500.00", "39600.00"]);
  });

  test("labelled on 2022-04-15 → 8 months: 30 000 × 8 / 12 = 20 000; share 0,8 × 52 000 = 41 600", () => {
    const s = one({ labelledSince: "2022-04-15" });
    expect([s.forfaitMonths, s.forfait, s.requested]).toEqual(["8", "20000.00", "41600.00"]);
  });

  test("open 6 months of its opening year (labelled 2022-01-01) → 30 000 × 6 / 12 = 15 000", () => {
    expect(one({ labelledSince: "2022-01-01", monthsOpen: 6 }).forfait).toBe("15000.00");
  });

  test("months open count in the opening year only: labelled in 2020, open all of 2022 → 30 000", () => {
    expect(one({ labelledSince: "2020-01-01", monthsOpen: 6 }).forfait).toBe("30000.00");
  });

  test("the fewer of months labelled (9) and months open (6) → 15 000", () => {
    const s = one({ labelledSince: "2022-04-01", monthsOpen: 6 });
    expect([s.forfaitMonths, s.forfait]).toEqual(["6", "15000.00"]);
  });

  test("not labelled: no forfait, nothing deducted: share 0,8 × 72 000 = 57 600", () => {
    for (const labelledSince of [null, "2023-01-01"]) {
      const s = one({ labelledSince });
      expect([s.labelled, s.forfait, s.deduction, s.requested]).toEqual([false, "0.00", "0.00", "57600.00"]);
    }
  });

  test("a La Poste structure gets the same total forfait: 30 000 in 2022", () => {
    expect(one({ kind: "laposte" }).forfait).toBe("30000.00");
  });

  test("2023: 35 000 → share 0,8 × (72 000 − 35 000) = 29 600", () => {
    const s = one({}, { year: 2023 });
    expect([s.forfait, s.requested]).toEqual(["35000.00", "29600.00"]);
  });
});

describe("deduction modes: what is taken off the payroll before the rate", () => {
  test("« forfait » (default): the whole State forfait → 0,8 × (72 000 − 30 000) = 33 600", () => {
    const s = one();
    expect([s.deduction, s.requested]).toEqual(["30000.00", "33600.00"]);
  });

  test("« etat »: the State (FNADT) part only, 15 000 in 2022 → 0,8 × 57 000 = 45 600; the forfait stays 30 000", () => {
    const s = one({}, { rules: { deduction: "etat", envelope: 1000000 } });
    expect([s.forfait, s.deduction, s.requested]).toEqual(["30000.00", "15000.00", "45600.00"]);
  });

  test("« etat » pro rata: labelled 2022-04-01 → 15 000 × 9 / 12 = 11 250 → 0,8 × 60 750 = 48 600", () => {
    const s = one({ labelledSince: "2022-04-01" }, { rules: { deduction: "etat", envelope: 1000000 } });
    expect([s.forfait, s.deduction, s.requested]).toEqual(["22500.00", "11250.00", "48600.00"]);
  });

  test("« etat » in 2023: 20 000 → 0,8 × 52 000 = 41 600", () => {
    expect(one({}, { year: 2023, rules: { deduction: "etat", envelope: 1000000 } }).requested).toBe("41600.00");
  });

  test("« etat » for a La Poste structure deducts the first part of its split, the postal fund: 26 000 → 0,8 × 46 000 = 36 800", () => {
    expect(one({ kind: "laposte" }, { rules: { deduction: "etat", envelope: 1000000 } }).deduction).toBe("26000.00");
  });

  test("« etat » in 2024: the split is not published → the computation stops with non_publie at the structure's kind", () => {
    const outcome = compute(scenarioOf([structure("s1", { agents: agentsAt(36000) })], { year: 2024, rules: { deduction: "etat" } }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toEqual([
      {
        code: "non_publie",
        path: "managers[0].structures[0].kind",
        message: "« Forfait : part de l'État (FNADT) » n'est pas publié pour le 1er janvier 2024",
      },
    ]);
  });

  test("« forfait_et_ressources »: forfait + the resources marked deducted: 30 000 + 5 000 → 0,8 × 37 000 = 29 600", () => {
    const resources = [
      { label: "Commune", amount: 5000, deducted: true },
      { label: "Opérateur", amount: 3000 },
    ];
    const s = one({ resources }, { rules: { deduction: "forfait_et_ressources", envelope: 1000000 } });
    expect([s.deduction, s.otherResources, s.requested]).toEqual(["35000.00", "8000.00", "29600.00"]);
  });

  test("in « forfait » mode a resource marked deducted is not deducted", () => {
    const s = one({ resources: [{ label: "Commune", amount: 5000, deducted: true }] });
    expect([s.deduction, s.requested]).toEqual(["30000.00", "33600.00"]);
  });
});

describe("grants whose amount is a dated parameter", () => {
  test("Banque des Territoires, new bus: 30 000 of investment, apart from the 0 of operating resources", () => {
    const s = one({ kind: "itinerante", resources: [{ label: "Bus", grant: "bus_banque_territoires" }] });
    expect([s.investmentGrants, s.otherResources]).toEqual(["30000.00", "0.00"]);
  });

  test("the bus grant is a one-off: in the scenario's year (2022), not in 2023 of a projection", () => {
    const scenario = scenarioOf(
      [
        structure("s1", {
          kind: "itinerante",
          agents: agentsAt(36000, 36000),
          resources: [{ label: "Bus", grant: "bus_banque_territoires" }],
        }),
      ],
      {
        rules: { envelope: 1000000 },
      },
    );
    const later = computed(scenario, { year: 2023 });
    expect(structureOf(later, "s1").investmentGrants).toBe("0.00");
  });

  test("an operating resource entered as investment leaves the remaining cost: 72 000 + 0 − 30 000 − 33 600 = 8 400", () => {
    const s = one({ resources: [{ label: "Travaux", amount: 5000, nature: "investissement" }] });
    expect([s.investmentGrants, s.otherResources, s.remainingCost]).toEqual(["5000.00", "0.00", "8400.00"]);
  });

  test("conseiller numérique year 1: 17 500 in 2023", () => {
    expect(one({ resources: [{ label: "CNum", grant: "conseiller_numerique_annee1" }] }, { year: 2023 }).otherResources).toBe("17500.00");
  });

  test("conseiller numérique in 2022 (before the grant exists) → donnee_absente at the resource", () => {
    const outcome = compute(
      scenarioOf([structure("s1", { agents: agentsAt(1), resources: [{ label: "CNum", grant: "conseiller_numerique_annee1" }] })]),
    );
    expect(!outcome.ok && outcome.issues).toEqual([
      {
        code: "donnee_absente",
        path: "managers[0].structures[0].resources[0].grant",
        message: "aucune valeur de « Conseiller numérique : première année » avant le 1er janvier 2023",
      },
    ]);
  });
});

describe("rounding happens at the named points only", () => {
  test("each agent line is rounded, then the lines are summed: 2 × round(12 000,06 / 12) = 2 × 1 000,01 = 2 000,02 (not round(2 000,01))", () => {
    const s = one({
      agents: [
        { loadedCost: "12000.06", months: 1 },
        { loadedCost: "12000.06", months: 1 },
      ],
    });
    expect(s.agents.map((a) => a.payroll)).toEqual(["1000.01", "1000.01"]);
    expect(s.payroll).toBe("2000.02");
  });

  test("the share is rounded: 0,8 × (30 000,01 − 30 000) = 0,008 → 0,01", () => {
    expect(one({ agents: [{ loadedCost: "30000.01" }] }).requested).toBe("0.01");
  });

  test("the final request rounds the share on the actuals, then its product by the achievement ratio: round(round(0,805) × 0,5) = 0,41", () => {
    // share on the actuals at a rate of 0,5: 0.5 × (30 001.61 − 30 000) = 0.805 → 0.81; ratio ½ (one of two objectives met)
    // final request: 0.81 × 0.5 = 0.405 → 0.41 (one rounding of 0.805 × 0.5 = 0.4025 would give 0.40)
    const s = one(
      {
        actualPayroll: "30001.61",
        objectives: [
          { label: "a", met: true },
          { label: "b", met: false },
        ],
      },
      { rules: { envelope: 1000000, rate: 0.5 } },
    );
    expect([s.achievement, s.finalRequested]).toEqual(["0.5", "0.41"]);
  });
});

describe("caps, achievement and what the manager still pays", () => {
  test("a structure cap of 20 000 binds: min(20 000 ; 33 600)", () => {
    expect(one({ cap: 20000 }).requested).toBe("20000.00");
  });

  test("the lower of the structure cap (30 000) and the rule's cap per structure (25 000) applies", () => {
    expect(one({ cap: 30000 }, { rules: { capPerStructure: 25000, envelope: 1000000 } }).requested).toBe("25000.00");
  });

  test("objectives weighted 2, 1, 1, 1 with the first and third missed → 0,4; share on actuals 0,8 × (45 000 − 30 000) = 12 000 → final request 4 800", () => {
    const objectives = [
      { label: "24 h sur 5 jours", weight: 2, met: false },
      { label: "jeudi et vendredi matin", weight: 1, met: true },
      { label: "49 semaines", weight: 1, met: false },
      { label: "agents formés", weight: 1, met: true },
    ];
    const s = one({ objectives, actualPayroll: 45000 });
    expect([s.achievement, s.actualPayroll, s.finalRequested]).toEqual(["0.4", "45000.00", "4800.00"]);
  });

  test("without actuals the final request is the forecast one", () => {
    const s = one();
    expect([s.actualPayroll, s.finalRequested, s.final]).toEqual(["72000.00", "33600.00", "33600.00"]);
  });

  test("reste à charge: 72 000 + 10 000 − 30 000 − 5 000 − 33 600 = 13 400; after the evaluation on 80 000, capped at 33 600: 80 000 + 10 000 − 30 000 − 5 000 − 33 600 = 21 400", () => {
    const s = one({ otherCosts: 10000, resources: [{ label: "Commune", amount: 5000 }], actualPayroll: 80000 });
    expect([s.allocated, s.remainingCost, s.final, s.finalRemainingCost]).toEqual(["33600.00", "13400.00", "33600.00", "21400.00"]);
  });

  test("the same under « redistribue »: the envelope (1 000 000) shared again on 0,8 × 50 000 = 40 000 → 80 000 + 10 000 − 30 000 − 5 000 − 40 000 = 15 000", () => {
    const s = one(
      { otherCosts: 10000, resources: [{ label: "Commune", amount: 5000 }], actualPayroll: 80000 },
      { rules: { envelope: 1000000, finalPayment: "redistribue" } },
    );
    expect([s.allocated, s.remainingCost, s.final, s.finalRemainingCost]).toEqual(["33600.00", "13400.00", "40000.00", "15000.00"]);
  });
});

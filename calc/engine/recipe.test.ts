import { agentsAt, computed, scenarioOf, structure } from "../../test/support/scenario";

/**
 * Each amount of a structure explains itself with its rule's wording (calc/rules/<rule>/explain.ts)
 * and the values put into it. One structure: payroll 36 000 + 36 000 = 72 000, forfait 30 000,
 * 20 000 of other costs, 5 000 of other resources, actual payroll 80 000, objectives all met.
 */
const s = computed(
  scenarioOf([
    structure("s1", {
      agents: agentsAt(36000, 36000),
      otherCosts: 20000,
      resources: [{ label: "Opérateurs", amount: 5000 }],
      actualPayroll: 80000,
    }),
  ]),
).structures[0];

describe("a structure's traces: the rule's wording and the values put into it", () => {
  test("payroll: Σ of its 2 agent lines = 72 000", () => {
    expect(s.traces?.payroll).toMatchObject({
      formula: "Σ masse salariale des lignes d'agents",
      values: { lignes: "2", total: "72000.00" },
    });
  });

  test("other resources: Σ of 1 resource = 5 000", () => {
    expect(s.traces?.otherResources).toMatchObject({ formula: "Σ autres ressources", values: { ressources: "1", total: "5000.00" } });
  });

  test("actual payroll as reported: 80 000; final request 0,8 × (80 000 − 30 000) = 40 000 × 1", () => {
    expect(s.traces?.actualPayroll).toMatchObject({
      formula: "masse salariale réalisée saisie",
      values: { "masse salariale": "80000.00" },
    });
    expect(s.traces?.finalRequested).toMatchObject({
      formula: "arrondi(part sur le réalisé × taux d'atteinte des objectifs)",
      values: { "part sur le réalisé": "40000.00", "taux d'atteinte": "1" },
    });
  });

  test("allocations: 33 600 on the forecast request; final 33 600: the final request 40 000 is capped at the convention amount (rule « plafonné » named)", () => {
    expect(s.traces?.allocated).toMatchObject({
      formula: "part de l'enveloppe attribuée sur la demande prévisionnelle",
      values: { demande: "33600.00", attribué: "33600.00" },
    });
    expect(s.traces?.final).toEqual({
      formula:
        "règle « plafonné » : arrondi(attribution prévisionnelle × min(1 ; demande finale ÷ demande prévisionnelle)), jamais au-dessus du montant de la convention",
      values: {
        "attribution prévisionnelle": "33600.00",
        "demande prévisionnelle": "33600.00",
        "demande finale": "40000.00",
        "montant final": "33600.00",
      },
      parameters: [],
    });
  });

  test("under « redistribue » the final is the envelope's part on the final request 40 000, and the trace says so", () => {
    const r = computed(
      scenarioOf([structure("s1", { agents: agentsAt(36000, 36000), actualPayroll: 80000 })], { rules: { finalPayment: "redistribue" } }),
    ).structures[0];
    expect(r.traces?.final).toMatchObject({
      formula: expect.stringContaining("règle « redistribué »"),
      values: { "demande finale": "40000.00", attribué: "40000.00" },
    });
  });

  test("acompte 33 600 × 0,5 = 16 800; solde 33 600 − 16 800 = 16 800", () => {
    expect(s.traces?.advance).toMatchObject({
      formula: "arrondi(attribué × taux d'acompte)",
      values: { attribué: "33600.00", "taux d'acompte": "0.5" },
    });
    expect([s.advance, s.balance]).toEqual(["16800.00", "16800.00"]);
    expect(s.traces?.balance).toMatchObject({
      formula: "attribution finale − acompte (négatif : reversement)",
      values: { "attribution finale": "33600.00", acompte: "16800.00" },
    });
  });

  test("the share names its reading: « masse moins forfait » by default, « part moins forfait » when chosen (0,8 × 72 000 − 30 000 = 27 600)", () => {
    expect(s.traces?.requested?.formula).toContain("lecture « masse moins forfait »");
    const r = computed(scenarioOf([structure("s1", { agents: agentsAt(36000, 36000) })], { rules: { shareBase: "part_moins_forfait" } }))
      .structures[0];
    expect(r.requested).toBe("27600.00");
    expect(r.traces?.requested?.formula).toContain("lecture « part moins forfait »");
  });

  test("reste à charge 72 000 + 20 000 − 30 000 − 5 000 − 33 600 = 23 400, with its five terms", () => {
    expect(s.remainingCost).toBe("23400.00");
    expect(s.traces?.remainingCost).toEqual({
      formula: "masse salariale + autres charges − forfait − autres ressources − part attribuée",
      values: {
        "masse salariale": "72000.00",
        "autres charges": "20000.00",
        forfait: "30000.00",
        "autres ressources": "5000.00",
        "part attribuée": "33600.00",
      },
      parameters: [],
    });
  });
});

import { formatValue } from "./warnings";
import { agentsAt, computed, scenarioOf, structure } from "../../test/support/scenario";
import type { StructureInput } from "../../test/support/scenario";
import type { ScenarioInput } from "../scenario/schema";

const NNBSP = "\u202f";

function warningsOf(structures: StructureInput[], extra: Partial<ScenarioInput> = {}) {
  return computed(scenarioOf(structures, extra)).warnings;
}

describe("warnings: what a finance user should know, apart from errors", () => {
  test("two agents for 1 + 0,8 = 1,8 ETP: the charter (2 persons) is kept, a milder note on the FTE only", () => {
    const w = warningsOf([structure("s1", { agents: [{ loadedCost: 36000 }, { loadedCost: 36000, fte: 0.8 }] })]);
    expect(w).toContainEqual({
      code: "moins_de_2_etp",
      path: "managers[0].structures[0]",
      message: "« Structure s1 » (note) : 2 agents pour 1,8 ETP affectés ; la charte demande 2 agents présents, pas 2 ETP",
    });
    expect(w.map((x) => x.code)).not.toContain("moins_de_2_agents");
  });

  test("one agent, even full time: the charter's warning, fewer than 2 agents", () => {
    expect(warningsOf([structure("s1", { agents: agentsAt(36000) })])).toContainEqual({
      code: "moins_de_2_agents",
      path: "managers[0].structures[0]",
      message: "« Structure s1 » : 1 agent, moins des 2 agents exigés par la charte France Services",
    });
  });

  test("FTE counts the share assigned to France Services: 1 + 1 × 0,9 = 1,9 ETP → warned; exactly 2 → not", () => {
    expect(warningsOf([structure("s1", { agents: [{ loadedCost: 1 }, { loadedCost: 1, assignment: 0.9 }] })]).map((w) => w.code)).toContain(
      "moins_de_2_etp",
    );
    expect(warningsOf([structure("s1", { agents: agentsAt(1, 1) })]).map((w) => w.code)).not.toContain("moins_de_2_etp");
  });

  test("the threshold is the charter's minimum, a dated parameter: set to 3, 2 agents are warned, with the figure in the message", () => {
    const w = warningsOf([structure("s1", { agents: agentsAt(1, 1) })], { parameters: { "charte.agents_minimum": 3 } });
    expect(w).toContainEqual({
      code: "moins_de_2_agents",
      path: "managers[0].structures[0]",
      message: "« Structure s1 » : 2 agents, moins des 3 agents exigés par la charte France Services",
    });
  });

  test("the charter's minimum explains a warning, no amount: it is not listed among the parameters used", () => {
    const r = computed(scenarioOf([structure("s1", { agents: agentsAt(36000) })]));
    expect(r.warnings.map((w) => w.code)).toContain("moins_de_2_agents");
    expect(r.parametersUsed.map((p) => p.name)).not.toContain("charte.agents_minimum");
  });

  test("not labelled in the year", () => {
    expect(warningsOf([structure("s1", { labelledSince: null, agents: agentsAt(1, 1) })])).toContainEqual({
      code: "non_labellisee",
      path: "managers[0].structures[0]",
      message: "« Structure s1 » n'est pas labellisée en 2022 : pas de forfait de l'État",
    });
  });

  test("envelope exceeded: 33 600 requested for 10 000", () => {
    expect(warningsOf([structure("s1", { agents: agentsAt(36000, 36000) })], { rules: { envelope: 10000 } })).toContainEqual({
      code: "enveloppe_depassee",
      path: "",
      message: `les parts demandées (33${NNBSP}600,00 €) dépassent l'enveloppe (10${NNBSP}000,00 €) : chaque part est réduite au prorata`,
    });
  });

  test("envelope unused: 409 045 − 33 600 = 375 445", () => {
    expect(warningsOf([structure("s1", { agents: agentsAt(36000, 36000) })])).toContainEqual({
      code: "enveloppe_non_utilisee",
      path: "",
      message: `375${NNBSP}445,00 € de l'enveloppe ne sont pas attribués`,
    });
  });

  test("requests exactly equal to the envelope: no envelope warning", () => {
    const codes = warningsOf([structure("s1", { agents: agentsAt(36000, 36000) })], { rules: { envelope: 33600 } }).map((w) => w.code);
    expect(codes).not.toContain("enveloppe_depassee");
    expect(codes).not.toContain("enveloppe_non_utilisee");
  });

  test("an estimated parameter used: the 2025 forfait", () => {
    const w = warningsOf([structure("s1", { agents: agentsAt(1, 1) })], { year: 2025 });
    expect(w).toContainEqual({
      code: "parametre_estime",
      path: "parameters.forfait.total",
      message: `paramètre estimé utilisé : Forfait de l'État par structure labellisée et par an = 45${NNBSP}000,00 € (Estimation : interpolation linéaire 30 000 € → 50 000 € (2022 → 2026))`,
    });
  });

  test("an estimated rate line used by a titulaire preset: centre de gestion 0,8 %", () => {
    const w = warningsOf([structure("s1", { agents: [{ indiceMajore: 352, status: "titulaire" }] })]);
    expect(w.filter((x) => x.code === "parametre_estime").map((x) => x.path)).toEqual(["parameters.titulaire.cdg"]);
    expect(w.find((x) => x.code === "parametre_estime")?.message).toMatch(
      /^paramètre estimé utilisé : Centre de gestion \(titulaires\) = 0,8 % \(Estimation/,
    );
  });

  test("only sourced parameters used → no estimate warning", () => {
    expect(warningsOf([structure("s1", { agents: agentsAt(1, 1) })]).map((w) => w.code)).not.toContain("parametre_estime");
  });

  test("a repayment: acompte 16 800 on 33 600, final 0,8 × (40 000 − 30 000) = 8 000 → reverser 8 800", () => {
    const w = warningsOf([structure("s1", { agents: agentsAt(36000, 36000), actualPayroll: 40000 })]);
    expect(w).toContainEqual({
      code: "reversement",
      path: "managers[0].structures[0]",
      message: `« Structure s1 » doit reverser 8${NNBSP}800,00 € (acompte supérieur à l'attribution finale)`,
    });
  });

  test("objectives not all met: 40 %", () => {
    const objectives = [
      { label: "a", weight: 2, met: false },
      { label: "b", weight: 1, met: true },
      { label: "c", weight: 1, met: false },
      { label: "d", weight: 1, met: true },
    ];
    expect(warningsOf([structure("s1", { agents: agentsAt(1, 1), objectives })])).toContainEqual({
      code: "objectifs_non_atteints",
      path: "managers[0].structures[0]",
      message: "« Structure s1 » : objectifs atteints à 40 %, la part finale est réduite d'autant",
    });
  });

  test("a clean structure gets no structure warning", () => {
    const w = warningsOf([structure("s1", { agents: agentsAt(36000, 36000) })], { rules: { envelope: 33600 } });
    expect(w).toEqual([]);
  });
});

describe("parameter values as French users read them", () => {
  test.each([
    ["0.008", "taux", "0,8 %"],
    ["0.3065", "taux", "30,65 %"],
    ["45000", "EUR", `45${NNBSP}000,00 €`],
    ["5907.34", "EUR/point/an", `5${NNBSP}907,34 €`],
    ["352", "indice", "352"],
  ])("%s (%s) → %s", (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});

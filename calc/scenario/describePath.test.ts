import { VOSGES_2022_EXAMPLE } from "../fixtures/example";
import { validateScenario } from "./validate";
import { describePath, parsePath } from "./describePath";

const smallScenario = {
  year: 2022,
  managers: [
    {
      id: "cc-b",
      name: "Communauté de communes B",
      structures: [{ id: "fs-b1", name: "France Services B1", agents: [{ loadedCost: 40000 }, { loadedCost: 40000, fte: 3 }] }],
    },
  ],
};

test("a path is read into its keys and list indices", () => {
  expect(parsePath("managers[0].structures[12].agents[1].fte")).toEqual(["managers", 0, "structures", 12, "agents", 1, "fte"]);
  expect(parsePath("rules.envelope")).toEqual(["rules", "envelope"]);
  expect(parsePath("")).toEqual([]);
});

test("an unnamed agent is called by its rank, counted from 1, under the names of its manager and structure", () => {
  expect(describePath("managers[0].structures[0].agents[1]", smallScenario)).toBe(
    "Communauté de communes B › France Services B1 › agent 2",
  );
  expect(describePath("managers[0].structures[0].agents[1].fte", smallScenario)).toBe(
    "Communauté de communes B › France Services B1 › agent 2 › Quotité (ETP)",
  );
});

test("named items keep their names (the shipped example)", () => {
  expect(describePath("managers[0].structures[0].agents[1].indiceMajore", VOSGES_2022_EXAMPLE)).toBe(
    "Communauté d'agglomération A (illustratif) › France Services A1 (illustratif) › Agent A1-2 › Indice majoré",
  );
  expect(describePath(["managers", 0, "structures", 0, "resources", 0, "amount"], VOSGES_2022_EXAMPLE)).toBe(
    "Communauté d'agglomération A (illustratif) › France Services A1 (illustratif) › Contribution communale › Montant",
  );
});

test("the paths validation reports on a wrong file become names", () => {
  const v = validateScenario(smallScenario);
  expect(v.ok).toBe(false);
  if (v.ok) return;
  expect(v.issues.map((i) => describePath(i.path, smallScenario))).toEqual([
    "Communauté de communes B › France Services B1 › agent 2 › Quotité (ETP)",
  ]);
});

test("a blank or missing name falls back to the identifier, then to the kind and rank", () => {
  const s = { managers: [{ id: "cc-b", name: "  ", structures: [{ name: 42 }, { name: "Maison\nde\tservices" }] }] };
  expect(describePath("managers[0].structures[0].name", s)).toBe("cc-b › structure 1 › Nom");
  expect(describePath("managers[0].structures[1]", s)).toBe("cc-b › Maison de services");
  // Beyond the data (an item the path names but the file does not hold).
  expect(describePath("managers[3].structures[0]", s)).toBe("gestionnaire 4 › structure 1");
  expect(describePath("budget.lines[2].amount", s)).toBe("Budget du Département › ligne 3 › Montant");
});

test("the scenario's own fields and the parameter overrides", () => {
  expect(describePath("", smallScenario)).toBe("Scénario");
  expect(describePath("year", smallScenario)).toBe("Année");
  expect(describePath("rules.envelope", smallScenario)).toBe("Règles › Enveloppe des subventions");
  expect(describePath("managers", smallScenario)).toBe("Gestionnaires");
  expect(describePath("parameters.departement.taux", smallScenario)).toBe(
    "Paramètres › Taux de participation du Département (departement.taux)",
  );
  expect(describePath("parameters.departement.taux[1].value", smallScenario)).toBe(
    "Paramètres › Taux de participation du Département (departement.taux) › valeur datée 2 › Valeur",
  );
  expect(describePath("parameters.inconnu", smallScenario)).toBe("Paramètres › inconnu");
});

test("a file's keys are never read through the prototype", () => {
  expect(describePath("constructor[0].toString", {})).toBe("constructor 1 › toString");
  expect(describePath("managers[0]", { managers: [Object.create({ name: "hérité" })] })).toBe("gestionnaire 1");
});

test("a very long name is cut", () => {
  const name = "N".repeat(200);
  expect(describePath("managers[0]", { managers: [{ name }] })).toBe(`${"N".repeat(79)}…`);
});

import { AMOUNT_KEYS } from "./engine/types";
import { AMOUNT_TERMS, GRANT_TERMS, KIND_TERMS, OTHER_TERMS, labelOf } from "./glossary";
import { GRANTS } from "./scenario/schema";
import { STRUCTURE_KINDS } from "./rules/forfait";

describe("glossary: one label per meaning", () => {
  const figures = { ...AMOUNT_TERMS, ...OTHER_TERMS };

  test("every amount of a result has a label", () => {
    expect(AMOUNT_KEYS.filter((k) => !AMOUNT_TERMS[k])).toEqual([]);
  });

  test("no two figures share a full label, nor a short one", () => {
    const labels = Object.values(figures).map((t) => t.label);
    const shorts = Object.values(figures).map((t) => t.short);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  test("the forecast and the final remaining cost are named apart", () => {
    expect(AMOUNT_TERMS.remainingCost.label).toBe("Reste à charge prévisionnel");
    expect(AMOUNT_TERMS.finalRemainingCost.label).toBe("Reste à charge final");
    expect(AMOUNT_TERMS.allocated.label).toBe("Attribution prévisionnelle");
  });

  test("every kind and grant of the scenario schema has a label", () => {
    expect(STRUCTURE_KINDS.map((k) => labelOf(KIND_TERMS, k))).toEqual(["Fixe", "Itinérante (bus)", "Hébergée par La Poste"]);
    expect(GRANTS.filter((g) => labelOf(GRANT_TERMS, g) === g)).toEqual([]);
  });

  test("an unknown key is shown as typed, and inherited names are not labels", () => {
    expect(labelOf(KIND_TERMS, "péniche")).toBe("péniche");
    expect(labelOf(KIND_TERMS, "toString")).toBe("toString");
  });
});

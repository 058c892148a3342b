import { dec, type ConventionResult } from "..";
import { agentsAt, computed, manager, structure } from "../../test/support/scenario";

const total = (values: string[]) => values.reduce((a, v) => a.plus(v), dec(0)).toFixed(2);

function membersOf(result: ConventionResult, managerId: string) {
  return result.structures.filter((s) => s.managerId === managerId);
}

describe("pooling: the rule applied to a manager's summed payroll and deduction", () => {
  // S1: payroll 100 000, forfait 30 000 → alone 0,8 × 70 000 = 56 000
  // S2: payroll  20 000, forfait 30 000 → alone 0 (below its forfait)
  // pooled: 0,8 × (120 000 − 60 000) = 48 000: S2's shortfall reduces the manager's share
  const scenario = (pooled: boolean) => ({
    year: 2022,
    rules: { envelope: 1000000 },
    managers: [
      manager("m1", [structure("s1", { agents: agentsAt(50000, 50000) }), structure("s2", { agents: agentsAt(10000, 10000) })], { pooled }),
    ],
  });

  test("not pooled: 56 000 + 0 = 56 000 requested and paid", () => {
    const r = computed(scenario(false));
    expect([r.managers[0].requested, r.managers[0].allocated]).toEqual(["56000.00", "56000.00"]);
  });

  test("pooled: the manager requests 48 000, is paid 48 000, and 952 000 of the envelope is unused", () => {
    const r = computed(scenario(true));
    const m = r.managers[0];
    expect(m.pooled).toBe(true);
    expect([m.payroll, m.deduction, m.requested, m.allocated]).toEqual(["120000.00", "60000.00", "48000.00", "48000.00"]);
    expect([r.totals.requested, r.totals.allocated, r.totals.unused]).toEqual(["48000.00", "48000.00", "952000.00"]);
  });

  test("pooled: the structures' requests and parts sum exactly to the manager's (S2, below its forfait, gets none)", () => {
    const r = computed(scenario(true));
    const [s1, s2] = membersOf(r, "m1");
    expect([s1.requested, s1.allocated, s2.requested, s2.allocated]).toEqual(["48000.00", "48000.00", "0.00", "0.00"]);
    for (const key of ["requested", "allocated", "advance", "finalRequested", "final", "balance"] as const) {
      expect(total([s1[key], s2[key]])).toBe(r.managers[0][key]);
    }
  });

  test("the envelope warning speaks of the pooled request", () => {
    const r = computed({ ...scenario(true), rules: { envelope: 50000 } });
    expect(r.totals.requested).toBe("48000.00");
    expect(r.warnings.map((w) => w.code)).toContain("enveloppe_non_utilisee");
    expect(r.warnings.map((w) => w.code)).not.toContain("enveloppe_depassee");
  });
});

describe("pooling under a binding envelope: the manager is one payee, its part split among its structures in cents", () => {
  // m1 pooled: S1 payroll 100 000, S2 payroll 50 000, forfaits 2 × 30 000 → 0,8 × 90 000 = 72 000
  // m2: S3 payroll 80 000 → 0,8 × 50 000 = 40 000; Σ 112 000 > envelope 50 000
  // cents: 5 000 000 × 7 200 000 / 11 200 000 = 3 214 285,71… and × 4 000 000 / 11 200 000 = 1 785 714,28…
  //   floors 3 214 285 + 1 785 714 = 4 999 999; the cent left to m1 (,71 > ,28) → 32 142,86 and 17 857,14
  // m1's part split by payroll − deduction, 70 000 : 20 000 = 7 : 9 and 2 : 9 of 3 214 286 cents:
  //   2 500 000,22… and 714 285,77… → floors 2 500 000 + 714 285, the cent to S2 → 25 000,00 and 7 142,86
  // m1's acompte round(32 142,86 × 0,5) = 16 071,43, split 7 : 2 the same way → 12 500,00 and 3 571,43
  const r = computed({
    year: 2022,
    rules: { envelope: 50000 },
    managers: [
      manager("m1", [structure("s1", { agents: agentsAt(50000, 50000) }), structure("s2", { agents: agentsAt(25000, 25000) })], {
        pooled: true,
      }),
      manager("m2", [structure("s3", { agents: agentsAt(40000, 40000) })]),
    ],
  });

  test("the envelope is split between the pooled manager and the other structure: 32 142,86 + 17 857,14 = 50 000", () => {
    expect(r.managers.map((m) => [m.requested, m.allocated])).toEqual([
      ["72000.00", "32142.86"],
      ["40000.00", "17857.14"],
    ]);
    expect(r.totals.allocated).toBe("50000.00");
  });

  test("the pooled part is split among its structures to the cent: 25 000,00 + 7 142,86", () => {
    const [s1, s2] = membersOf(r, "m1");
    expect([s1.allocated, s2.allocated]).toEqual(["25000.00", "7142.86"]);
  });

  test("the acompte is computed once for the manager (16 071,43) and split: 12 500,00 + 3 571,43", () => {
    const [s1, s2] = membersOf(r, "m1");
    expect(r.managers[0].advance).toBe("16071.43");
    expect([s1.advance, s2.advance]).toEqual(["12500.00", "3571.43"]);
    expect(s2.traces?.advance?.values).toEqual({ "acompte du gestionnaire": "16071.43", part: "3571.43" });
  });
});

describe("which managers are pooled", () => {
  const structures = () => [structure("s1", { agents: agentsAt(50000, 50000) }), structure("s2", { agents: agentsAt(10000, 10000) })];

  test("rules.pooling pools every manager", () => {
    const r = computed({ year: 2022, rules: { pooling: true, envelope: 1000000 }, managers: [manager("m1", structures())] });
    expect([r.managers[0].pooled, r.managers[0].requested]).toEqual([true, "48000.00"]);
  });

  test("a manager's own « pooled: false » wins over rules.pooling", () => {
    const r = computed({
      year: 2022,
      rules: { pooling: true, envelope: 1000000 },
      managers: [manager("m1", structures(), { pooled: false })],
    });
    expect([r.managers[0].pooled, r.managers[0].requested]).toEqual([false, "56000.00"]);
  });
});

describe("a pooled structure's trace says its request is a part of the manager's", () => {
  test("formula and values: the manager's 48 000, the structure's own 56 000, its part 48 000", () => {
    const r = computed({
      year: 2022,
      rules: { envelope: 1000000 },
      managers: [
        manager("m1", [structure("s1", { agents: agentsAt(50000, 50000) }), structure("s2", { agents: agentsAt(10000, 10000) })], {
          pooled: true,
        }),
      ],
    });
    const s1 = r.structures[0];
    expect(s1.traces?.requested?.formula).toMatch(/^part de la demande mutualisée du gestionnaire/);
    expect(s1.traces?.requested?.values).toEqual({
      "demande du gestionnaire": "48000.00",
      "demande propre de la structure": "56000.00",
      part: "48000.00",
    });
    expect(s1.traces?.allocated?.values).toEqual({ demande: "48000.00", attribué: "48000.00" });
  });
});

describe("a pooled structure is never paid above its part of the request", () => {
  test("weights 2 : 6 : 6 cents, request 11 cents split 1 / 5 / 5, envelope 10 cents → 1 / 5 / 4, not 2 / 4 / 4", () => {
    // Not labelled, so nothing is deducted: payroll − deduction = 0,02 / 0,06 / 0,06.
    // Pooled request: round(0,8 × 0,14) = round(0,112) = 0,11, split by 2 : 6 : 6 → quotas 1,57 / 4,71 / 4,71 → 1 / 5 / 5.
    // The envelope of 0,10 binds. Split by the same 2 : 6 : 6 it would give quotas 1,43 / 4,29 / 4,29 → 2 / 4 / 4,
    // paying the first structure 0,02 on a request of 0,01 (the Alabama paradox of the largest remainder).
    // Split by the parts of the request 1 : 5 : 5 → quotas 0,91 / 4,55 / 4,55 → 1 / 5 / 4.
    const r = computed({
      year: 2022,
      rules: { envelope: "0.10" },
      managers: [
        manager(
          "m1",
          ["a", "b", "c"].map((id, i) => structure(id, { labelledSince: null, agents: [{ loadedCost: ["0.02", "0.06", "0.06"][i] }] })),
          { pooled: true },
        ),
      ],
    });
    expect(r.managers[0].requested).toBe("0.11");
    expect(r.structures.map((s) => [s.requested, s.allocated])).toEqual([
      ["0.01", "0.01"],
      ["0.05", "0.05"],
      ["0.05", "0.04"],
    ]);
  });
});

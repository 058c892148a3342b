/**
 * Property tests: the invariants of the rules, checked on generated inputs. Amounts are
 * generated as whole cents (bigint) written as decimal strings, and every assertion is exact
 * (bigint cents or decimal), never on floats.
 */
import fc from "fast-check";
import {
  advance,
  AMOUNT_KEYS,
  allocate,
  compare,
  compute,
  dec,
  departmentShare,
  roundCent,
  schedule,
  type ConventionResult,
  type ScenarioInput,
} from "../calc";

/** 1 000 runs per property (FC_RUNS raises it for a longer hunt, never below 1 000). */
const RUNS = { numRuns: Math.max(1000, Number(process.env.FC_RUNS ?? 0)) };

/** Whole cents → "1234.56". */
function euro(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/**
 * Fails the property with a message. Used in the hot loops instead of jest's expect, which is
 * too slow for the thousands of checks of a thousand scenarios; fast-check reports the message
 * with the counterexample.
 */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/** "1234.56" (exactly two decimals, as the library writes euros) → whole cents. */
function cents(amount: { toFixed(n: number): string } | string): bigint {
  const s = typeof amount === "string" ? amount : amount.toFixed(2);
  check(/^-?\d+\.\d{2}$/.test(s), () => `not an amount in euros with two decimals: ${s}`);
  return BigInt(s.replace(".", ""));
}

const amountCents = (max = 10_000_000_000n) => fc.bigInt({ min: 0n, max }); // up to 100 M€
const requestsArb = fc.array(fc.record({ request: amountCents(), cap: fc.option(amountCents(), { nil: null }) }), {
  minLength: 1,
  maxLength: 30,
});
/** A rate as a fraction with up to 4 decimals, in [0, 1]. */
const rateArb = fc.integer({ min: 0, max: 10000 }).map((n) => dec(n).dividedBy(10000).toString());

describe("allocation under an envelope", () => {
  test("when the requests exceed the envelope, the parts sum exactly to it; each is within one cent of its exact quota and never above its request", () => {
    fc.assert(
      fc.property(requestsArb, amountCents(), (lines, envelope) => {
        const effective = lines.map((l) => (l.cap !== null && l.cap < l.request ? l.cap : l.request));
        const total = effective.reduce((a, r) => a + r, 0n);
        fc.pre(total > envelope);
        const a = allocate(
          lines.map((l) => euro(l.request)),
          euro(envelope),
          lines.map((l) => (l.cap === null ? null : euro(l.cap))),
        );
        const parts = a.parts.map(cents);
        expect(parts.reduce((x, p) => x + p, 0n)).toBe(envelope);
        expect(a.fits).toBe(false);
        expect(cents(a.allocated)).toBe(envelope);
        expect(cents(a.requested)).toBe(total);
        parts.forEach((p, i) => {
          // |part − envelope × rᵢ / Σr| < 1 cent  ⇔  |part × Σr − envelope × rᵢ| < Σr
          const gap = p * total - envelope * effective[i];
          check(
            gap < total && gap > -total,
            () => `part ${i} = ${p} cents is a cent or more from its quota ${envelope} × ${effective[i]} / ${total}`,
          );
          check(p >= 0n && p <= effective[i], () => `part ${i} = ${p} cents outside [0, ${effective[i]}]`);
        });
      }),
      RUNS,
    );
  });

  test("requests that fit are paid in full, and the unused part is the envelope minus their sum", () => {
    fc.assert(
      fc.property(requestsArb, amountCents(), (lines, extra) => {
        const effective = lines.map((l) => (l.cap !== null && l.cap < l.request ? l.cap : l.request));
        const total = effective.reduce((a, r) => a + r, 0n);
        const envelope = total + extra;
        const a = allocate(
          lines.map((l) => euro(l.request)),
          euro(envelope),
          lines.map((l) => (l.cap === null ? null : euro(l.cap))),
        );
        expect(a.fits).toBe(true);
        expect(a.parts.map(cents)).toEqual(effective);
        expect(cents(a.unused)).toBe(extra);
      }),
      RUNS,
    );
  });

  test("a larger request never gets less, and equal requests favour the earlier payee", () => {
    fc.assert(
      fc.property(fc.array(amountCents(1_000_000n), { minLength: 2, maxLength: 20 }), amountCents(1_000_000n), (requests, envelope) => {
        const parts = allocate(requests.map(euro), euro(envelope)).parts.map(cents);
        for (let i = 0; i < requests.length; i++) {
          for (let j = i + 1; j < requests.length; j++) {
            if (requests[i] >= requests[j])
              check(
                parts[i] >= parts[j],
                () => `payee ${i} asked ${requests[i]} ≥ ${requests[j]} (payee ${j}) but got ${parts[i]} < ${parts[j]}`,
              );
            if (requests[j] > requests[i])
              check(
                parts[j] >= parts[i],
                () => `payee ${j} asked ${requests[j]} > ${requests[i]} (payee ${i}) but got ${parts[j]} < ${parts[i]}`,
              );
          }
        }
      }),
      RUNS,
    );
  });
});

describe("departmental share = min(cap, round(rate × max(0, payroll − deduction)))", () => {
  test("0 when the payroll does not exceed the deduction", () => {
    fc.assert(
      fc.property(amountCents(), amountCents(), rateArb, (payroll, more, rate) => {
        expect(departmentShare(euro(payroll), euro(payroll + more), rate).isZero()).toBe(true);
      }),
      RUNS,
    );
  });

  test("a whole number of cents, never above round(rate × payroll), never above the cap", () => {
    fc.assert(
      fc.property(amountCents(), amountCents(), rateArb, fc.option(amountCents(), { nil: null }), (payroll, deduction, rate, cap) => {
        const share = departmentShare(euro(payroll), euro(deduction), rate, cap === null ? null : euro(cap));
        expect(share.decimalPlaces() <= 2).toBe(true);
        expect(share.isNegative() && !share.isZero()).toBe(false);
        // rate × payroll itself may be exceeded by at most half a cent, by the rounding of the share (0,5 × 0,01 = 0,005 → 0,01)
        expect(share.lte(roundCent(dec(euro(payroll)).times(rate)))).toBe(true);
        expect(share.lte(dec(euro(payroll)).times(rate).plus("0.005"))).toBe(true);
        if (cap !== null) expect(cents(share) <= cap).toBe(true);
      }),
      RUNS,
    );
  });

  test("non-decreasing in the payroll", () => {
    fc.assert(
      fc.property(
        amountCents(),
        amountCents(),
        amountCents(),
        rateArb,
        fc.option(amountCents(), { nil: null }),
        (p1, more, deduction, rate, cap) => {
          const c = cap === null ? null : euro(cap);
          expect(departmentShare(euro(p1), euro(deduction), rate, c).lte(departmentShare(euro(p1 + more), euro(deduction), rate, c))).toBe(
            true,
          );
        },
      ),
      RUNS,
    );
  });
});

describe("payments: acompte + solde = final", () => {
  test("on a schedule, for every payee, with or without actuals", () => {
    const lineArb = fc.record({ request: amountCents(100_000_000n), actual: amountCents(100_000_000n) });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 20 }),
        amountCents(1_000_000_000n),
        rateArb,
        fc.boolean(),
        (lines, envelope, rate, withActuals) => {
          const rows = schedule(
            lines.map((l) => euro(l.request)),
            euro(envelope),
            rate,
            withActuals ? lines.map((l) => euro(l.actual)) : null,
          );
          rows.forEach((row, i) => {
            check(
              cents(row.advance) + cents(row.balance) === cents(row.final),
              () => `line ${i}: ${row.advance} + ${row.balance} ≠ ${row.final}`,
            );
            check(
              row.advance.eq(advance(row.forecast, rate)),
              () => `line ${i}: acompte ${row.advance} ≠ round(${row.forecast} × ${rate})`,
            );
          });
          const forecast = rows.reduce((a, r) => a + cents(r.forecast), 0n);
          const requested = lines.reduce((a, l) => a + l.request, 0n);
          expect(forecast).toBe(requested < envelope ? requested : envelope);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Whole computed scenarios

const money = (max: bigint) => amountCents(max).map(euro);
const agentArb = fc.oneof(
  fc.record({
    loadedCost: money(8_000_000n),
    fte: fc.constantFrom(1, 0.8, 0.5, "0.33"),
    months: fc.integer({ min: 0, max: 12 }),
    assignment: fc.constantFrom(1, 0.6, "0.75"),
  }),
  fc.record({ grossSalary: money(5_000_000n), employerRate: fc.constantFrom(0.45, "0.4648", 0.3) }),
  fc.record({ indiceMajore: fc.integer({ min: 340, max: 700 }), status: fc.constantFrom("titulaire" as const, "contractuel" as const) }),
);
const structureArb = fc.record(
  {
    name: fc.constant("S"),
    kind: fc.constantFrom("fixe" as const, "itinerante" as const),
    labelledSince: fc.constantFrom(null, "2020-01-01", "2022-04-01", "2022-04-15", "2022-12-15"),
    monthsOpen: fc.integer({ min: 0, max: 12 }),
    agents: fc.array(agentArb, { minLength: 0, maxLength: 3 }),
    otherCosts: money(3_000_000n),
    resources: fc.array(fc.record({ label: fc.constant("R"), amount: money(2_000_000n), deducted: fc.boolean() }), { maxLength: 2 }),
    objectives: fc.array(fc.record({ label: fc.constant("O"), weight: fc.integer({ min: 0, max: 3 }), met: fc.boolean() }), {
      maxLength: 4,
    }),
    actualPayroll: money(20_000_000n),
    cap: money(10_000_000n),
  },
  { requiredKeys: ["name", "kind", "labelledSince", "agents"] },
);
const scenarioArb = fc
  .record({
    managers: fc.array(fc.record({ pooled: fc.boolean(), structures: fc.array(structureArb, { minLength: 1, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    envelope: fc.oneof(money(5_000_000n), money(100_000_000n)),
    advanceRate: fc.constantFrom(0.5, 0.3, "0.333"),
    deduction: fc.constantFrom("forfait" as const, "etat" as const, "forfait_et_ressources" as const),
    finalPayment: fc.constantFrom("plafonne" as const, "redistribue" as const),
    shareBase: fc.constantFrom("masse_moins_forfait" as const, "part_moins_forfait" as const),
  })
  .filter((s) =>
    s.managers.every((m) =>
      m.structures.every((st) => !st.objectives || st.objectives.length === 0 || st.objectives.some((o) => o.weight > 0)),
    ),
  )
  .map(({ managers, envelope, advanceRate, deduction, finalPayment, shareBase }): ScenarioInput => ({
    year: 2022,
    rules: { envelope, advanceRate, deduction, finalPayment, shareBase },
    managers: managers.map((m, mi) => ({
      id: `m${mi}`,
      name: `M${mi}`,
      pooled: m.pooled,
      structures: m.structures.map((s, si) => ({ ...s, id: `m${mi}-s${si}` })),
    })),
  }));

const KEYS = AMOUNT_KEYS;

function computedOk(input: ScenarioInput): ConventionResult {
  const outcome = compute(input, { traces: false });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

describe("a computed scenario", () => {
  test("Σ structures = each manager's figures and Σ managers = totals, to the cent, for every amount; the envelope is honoured", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = computedOk(input);
        for (const key of KEYS) {
          let all = 0n;
          r.managers.forEach((m) => {
            const mine = r.structures.filter((s) => s.managerId === m.id).reduce((a, s) => a + cents(s[key]), 0n);
            check(mine === cents(m[key]), () => `${key}: Σ structures of ${m.id} = ${euro(mine)}, manager = ${m[key]}`);
            all += mine;
          });
          check(all === cents(r.totals[key]), () => `${key}: Σ = ${euro(all)}, totals = ${r.totals[key]}`);
        }
        const envelope = cents(r.totals.envelope);
        const allocationsOf = (requestedKey: "requested" | "finalRequested", allocatedKey: "allocated" | "final") => {
          const requested = cents(r.totals[requestedKey]);
          const allocated = cents(r.totals[allocatedKey]);
          // when the requests exceed the envelope, it is allocated exactly; otherwise they are paid in full
          expect(allocated).toBe(requested > envelope ? envelope : requested);
        };
        allocationsOf("requested", "allocated");
        if (r.rules.finalPayment === "redistribue") allocationsOf("finalRequested", "final");
        expect(cents(r.totals.unused)).toBe(envelope - cents(r.totals.allocated));
        expect(cents(r.totals.finalUnused)).toBe(envelope - cents(r.totals.final));
        for (const m of r.managers) {
          expect(cents(m.allocated) <= cents(m.requested)).toBe(true);
          expect(cents(m.final) <= cents(m.finalRequested)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test("for every structure: acompte + solde = final, the repayment is the negative solde, and amounts are whole cents", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = computedOk(input);
        for (const s of [...r.structures, ...r.managers]) {
          for (const key of KEYS) cents(s[key]); // every amount written with two decimals
          check(cents(s.advance) + cents(s.balance) === cents(s.final), () => `${s.path}: ${s.advance} + ${s.balance} ≠ ${s.final}`);
        }
        for (const s of r.structures) {
          const balance = cents(s.balance);
          check(
            cents(s.repayment) === (balance < 0n ? -balance : 0n),
            () => `${s.path}: repayment ${s.repayment} for a balance of ${s.balance}`,
          );
          // pooled or not, no structure is paid above its request, nor given an acompte above its part
          check(cents(s.allocated) <= cents(s.requested), () => `${s.path}: allocated ${s.allocated} above requested ${s.requested}`);
          check(cents(s.final) <= cents(s.finalRequested), () => `${s.path}: final ${s.final} above final request ${s.finalRequested}`);
          check(cents(s.advance) <= cents(s.allocated), () => `${s.path}: acompte ${s.advance} above allocated ${s.allocated}`);
          const pooled = r.managers.find((m) => m.id === s.managerId)?.pooled;
          if (!pooled) {
            const expected = roundCent(dec(s.allocated).times(r.rules.advanceRate));
            check(cents(s.advance) === cents(expected), () => `${s.path}: advance ${s.advance}, expected ${expected.toFixed(2)}`);
          }
        }
        expect(cents(r.totals.advance) + cents(r.totals.balance)).toBe(cents(r.totals.final));
        expect(r.warnings.some((w) => w.code === "reversement")).toBe(r.structures.some((s) => cents(s.balance) < 0n));
      }),
      RUNS,
    );
  });

  test("under « plafonne » no payee's final exceeds its forecast allocation (a structure, or a pooled manager)", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = computedOk(input);
        if (r.rules.finalPayment !== "plafonne") return;
        for (const m of r.managers) {
          if (m.pooled) check(cents(m.final) <= cents(m.allocated), () => `${m.path}: final ${m.final} above allocated ${m.allocated}`);
        }
        for (const s of r.structures) {
          if (r.managers.find((m) => m.id === s.managerId)?.pooled) continue;
          check(cents(s.final) <= cents(s.allocated), () => `${s.path}: final ${s.final} above allocated ${s.allocated}`);
        }
        expect(cents(r.totals.final) <= cents(r.totals.allocated)).toBe(true);
      }),
      RUNS,
    );
  });

  test("each budget year's acomptes, soldes and reversements are the sums of the payments booked in it; acomptes − reversements + soldes = Σ finals", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = computedOk(input);
        const sums = new Map<string, { acompte: bigint; solde: bigint; reversement: bigint }>();
        for (const p of r.payments) {
          const y = sums.get(String(p.exercice)) ?? { acompte: 0n, solde: 0n, reversement: 0n };
          y[p.kind] += cents(p.amount);
          sums.set(String(p.exercice), y);
        }
        expect(Object.keys(r.budget.byExercice).sort()).toEqual([...sums.keys()].sort());
        let net = 0n;
        for (const [year, y] of sums) {
          const b = r.budget.byExercice[year];
          expect([cents(b.advances), cents(b.balances), cents(b.repayments)]).toEqual([y.acompte, y.solde, y.reversement]);
          net += y.acompte + y.solde - y.reversement;
        }
        expect(net).toBe(cents(r.totals.final));
        expect(r.payments.length).toBe(2 * r.structures.length);
      }),
      RUNS,
    );
  });

  test("the balance rate: at it the requests fit the envelope, at it + 0,0001 they do not (unless it is 100 %)", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = computedOk(input);
        const rate = r.budget.balanceRate;
        expect(rate).toMatch(/^[01]\.\d{4}$/);
        const at = (x: string) => computedOk({ ...input, rules: { ...input.rules, rate: x } }).totals;
        const fits = at(rate);
        expect(cents(fits.requested) <= cents(fits.envelope)).toBe(true);
        if (rate !== "1.0000") {
          const over = at(dec(rate).plus("0.0001").toFixed(4));
          expect(cents(over.requested) > cents(over.envelope)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test("comparing a result with itself gives no difference and only zeros", () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = computedOk(input);
        const c = compare(r, r);
        expect([c.rules, c.parameters]).toEqual([[], []]);
        const rows = [c.convention, ...c.managers.map((m) => m.amounts), ...c.structures.map((x) => x.amounts), ...c.budgetYears];
        for (const row of rows) {
          for (const v of Object.values(row)) if (typeof v === "object") expect(dec(v.change).isZero()).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

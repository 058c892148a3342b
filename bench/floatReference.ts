/**
 * The convention computation of the library written again in plain binary floating point: the
 * yardstick of the "exact ÷ float" benchmark. Never shipped, never used for a result.
 *
 * It does the same work as `computeConvention` on the same validated scenario: each agent's
 * loaded cost (entered, from a gross salary, or from an indice majoré month by month), each line
 * rounded, the forfait pro rata of the months labelled and open, grants, the share, the final
 * share on the actuals times the objectives met, the largest-remainder allocation, acomptes,
 * balances and remaining costs; and it builds the same result shape (an object per agent,
 * structure and manager, and the totals), with numbers where the library has exact euro strings.
 * Only what the synthetic scenarios do not use is left out: pooling, caps, the « etat » and
 * « forfait_et_ressources » deductions.
 */
import type { Scenario } from "../dist/lib/index.js";

/** The parameter values of the year, read once outside the timed part. */
export interface FloatParameters {
  year: number;
  forfaitTotal: number;
  /** Annual value of the point in force on the 1st of each month, January first. */
  pointByMonth: number[];
  /** Total preset employer rate of each status. */
  presets: Record<string, number>;
  grants: Record<string, number>;
  rate: number;
  advanceRate: number;
  envelope: number;
}

const round2 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;

const AMOUNTS = 15;

interface FloatAgent {
  name: string;
  loadedCost: number;
  payroll: number;
}

export interface FloatStructureResult {
  id: string;
  labelled: boolean;
  forfaitMonths: number;
  fte: number;
  achievement: number;
  agents: FloatAgent[];
  /** The 15 amounts, in the library's order (payroll … finalRemainingCost). */
  amounts: number[];
}

function labelledMonths(since: string | null, year: number): number {
  if (since === null) return 0;
  const y = Number(since.slice(0, 4));
  if (y < year) return 12;
  if (y > year) return 0;
  return 12 - Number(since.slice(5, 7)) + (Number(since.slice(8, 10)) === 1 ? 1 : 0);
}

function allocate(requests: number[], envelope: number): number[] {
  let total = 0;
  for (const r of requests) total += r;
  if (total <= envelope) return requests;
  const quotas = requests.map((r) => (envelope * r) / total);
  const parts = quotas.map((q) => Math.floor(q * 100) / 100);
  let left = Math.round((envelope - parts.reduce((a, b) => a + b, 0)) * 100);
  const order = quotas.map((q, i) => [q * 100 - Math.floor(q * 100), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] += 0.01;
  }
  return parts;
}

/** One convention year in floating point, for the scenario's own year (actuals and objectives count). */
export function floatConvention(scenario: Scenario, p: FloatParameters) {
  const salaries = new Map<number, number>();
  const salaryOf = (im: number) => {
    let s = salaries.get(im);
    if (s === undefined) {
      s = 0;
      for (const point of p.pointByMonth) s += round2((im * point) / 1200);
      salaries.set(im, s);
    }
    return s;
  };
  const structures: FloatStructureResult[] = [];
  const managerOf: number[] = [];
  const requests: number[] = [];
  const finals: number[] = [];
  scenario.managers.forEach((m, mi) =>
    m.structures.forEach((s) => {
      let payroll = 0;
      let fte = 0;
      const agents: FloatAgent[] = s.agents.map((a, i) => {
        let cost: number;
        if (a.loadedCost !== undefined) cost = Number(a.loadedCost);
        else {
          const rate = a.employerRate !== undefined ? Number(a.employerRate) : p.presets[a.status ?? ""];
          const gross = a.grossSalary !== undefined ? Number(a.grossSalary) : salaryOf(a.indiceMajore as number);
          cost = round2(gross * (1 + rate));
        }
        const line = round2(((cost * Number(a.fte) * Number(a.months)) / 12) * Number(a.assignment));
        payroll += line;
        fte += Number(a.fte) * Number(a.assignment);
        return { name: a.name ?? `Agent ${i + 1}`, loadedCost: cost, payroll: line };
      });
      const months = labelledMonths(s.labelledSince, p.year);
      const forfaitMonths = Math.min(Number(s.monthsOpen), months);
      const forfait = months === 0 ? 0 : round2((p.forfaitTotal * forfaitMonths) / 12);
      let otherResources = 0;
      for (const r of s.resources) otherResources += r.grant ? p.grants[r.grant] : Number(r.amount ?? 0);
      const requested = round2(p.rate * Math.max(0, payroll - forfait));
      const actual = s.actualPayroll === undefined ? payroll : Number(s.actualPayroll);
      let weights = 0;
      let met = 0;
      for (const o of s.objectives) {
        weights += Number(o.weight);
        if (o.met) met += Number(o.weight);
      }
      const achievement = weights === 0 ? 1 : met / weights;
      const finalRequested = round2(round2(p.rate * Math.max(0, actual - forfait)) * achievement);
      const amounts = new Array<number>(AMOUNTS).fill(0);
      amounts[0] = payroll;
      amounts[1] = Number(s.otherCosts);
      amounts[2] = forfait;
      amounts[3] = otherResources;
      amounts[4] = forfait;
      amounts[5] = requested;
      amounts[8] = actual;
      amounts[9] = finalRequested;
      structures.push({ id: s.id, labelled: months > 0, forfaitMonths, fte, achievement, agents, amounts });
      managerOf.push(mi);
      requests.push(requested);
      finals.push(finalRequested);
    }),
  );
  const forecast = allocate(requests, p.envelope);
  const final = allocate(finals, p.envelope);
  const managers = scenario.managers.map(() => new Array<number>(AMOUNTS).fill(0));
  const totals = new Array<number>(AMOUNTS).fill(0);
  structures.forEach((s, i) => {
    const a = s.amounts;
    const advance = round2(forecast[i] * p.advanceRate);
    const balance = final[i] - advance;
    const net = a[1] - a[2] - a[3];
    a[6] = forecast[i];
    a[7] = advance;
    a[10] = final[i];
    a[11] = balance;
    a[12] = balance < 0 ? -balance : 0;
    a[13] = net + a[0] - forecast[i];
    a[14] = net + a[8] - final[i];
    const m = managers[managerOf[i]];
    for (let k = 0; k < AMOUNTS; k++) {
      m[k] += a[k];
      totals[k] += a[k];
    }
  });
  return { structures, managers, totals };
}

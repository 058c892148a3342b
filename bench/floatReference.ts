/**
 * The same arithmetic as the library's convention computation, in plain binary floating point:
 * the yardstick of the "exact ÷ float" benchmark. Never shipped, never used for a result.
 * It follows the same steps (line payroll rounded, forfait pro rata, share, largest remainder,
 * acompte, final) on loaded costs already known, which is the library's hot path.
 */
export interface FloatStructure {
  lines: { cost: number; fte: number; months: number; assignment: number }[];
  forfaitMonths: number;
  actual: number | null;
  ratio: number;
}

const round2 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;

export function floatConvention(
  structures: readonly FloatStructure[],
  forfaitTotal: number,
  rate: number,
  envelope: number,
  advanceRate: number,
) {
  const requests = new Array<number>(structures.length);
  const finals = new Array<number>(structures.length);
  const payrolls = new Array<number>(structures.length);
  structures.forEach((s, i) => {
    let payroll = 0;
    for (const l of s.lines) payroll += round2(((l.cost * l.fte * l.months) / 12) * l.assignment);
    const forfait = round2((forfaitTotal * s.forfaitMonths) / 12);
    payrolls[i] = payroll;
    requests[i] = round2(rate * Math.max(0, payroll - forfait));
    finals[i] = round2(round2(rate * Math.max(0, (s.actual ?? payroll) - forfait)) * s.ratio);
  });
  const allocate = (req: number[]) => {
    const total = req.reduce((a, b) => a + b, 0);
    if (total <= envelope) return req;
    const quotas = req.map((r) => (envelope * r) / total);
    const parts = quotas.map((q) => Math.floor(q * 100) / 100);
    let left = Math.round((envelope - parts.reduce((a, b) => a + b, 0)) * 100);
    const order = quotas.map((q, i) => [q * 100 - Math.floor(q * 100), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) {
      if (left-- <= 0) break;
      parts[i] += 0.01;
    }
    return parts;
  };
  const forecast = allocate(requests);
  const final = allocate(finals);
  const advance = forecast.map((f) => round2(f * advanceRate));
  return { forecast, final, balance: final.map((f, i) => f - advance[i]), payrolls };
}

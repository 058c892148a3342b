import { AMOUNT_TERMS, labelOf, SHARE_READING_TERMS, type ConventionResult, type Scenario, type ShareReading } from "../../../calc";
import { area, cell } from "./cells";
import { keyedSheetName, keyedTableName } from "./names";
import type { Cell, ColumnDef, ColumnKind, SheetSpec } from "./spec";

/**
 * A manager's simulation as a live Excel model: every amount is a formula over the FS custom
 * functions (FS.BASE_SALARY, FS.LOADED_COST, FS.PAYROLL, FS.STATE_FORFAIT, FS.DEPT_SHARE,
 * FS.ADVANCE, FS.NET_COST), so that changing a quotité in the sheet recomputes it in Excel.
 * Formulas use Excel's English syntax (`,` between arguments), as office.js expects.
 * The share follows the scenario's reading of the 80 % rule (`rules.shareBase`): FS.DEPT_SHARE's
 * fifth argument, written only when it is not the default, so that a default sheet is unchanged.
 * No figure of the sheet depends on the final-payment rule (the sheet stops before the envelope).
 */

const c = (key: string, header: string, kind: ColumnKind): ColumnDef => ({ key, header, kind });
const f = (formula: string): Cell => ({ formula });
const num = (v: string | number | undefined): Cell => (v === undefined ? null : Number(v));

const PARAMS_ROW = 4;
const YEAR = "$B$5";
const RATE = "$B$6";
const ADVANCE_RATE = "$B$7";

const AGENT_COLUMNS = [
  c("structure", "Structure", "text"),
  c("name", "Agent", "text"),
  c("status", "Statut", "text"),
  c("indiceMajore", "Indice majoré", "integer"),
  c("grossSalary", "Brut annuel", "money"),
  c("employerRate", "Taux de charges", "rate"),
  c("loadedCost", "Coût chargé annuel", "money"),
  c("fte", "Quotité (ETP)", "fte"),
  c("months", "Mois", "months"),
  c("assignment", "Affectation", "rate"),
  c("payroll", AMOUNT_TERMS.payroll.label, "money"),
] as const;

const STRUCTURE_COLUMNS = [
  c("name", "Structure", "text"),
  c("kind", "Type", "text"),
  c("forfaitMonths", "Mois de forfait", "months"),
  c("payroll", AMOUNT_TERMS.payroll.label, "money"),
  c("forfait", AMOUNT_TERMS.forfait.label, "money"),
  c("otherResources", AMOUNT_TERMS.otherResources.label, "money"),
  c("otherCosts", AMOUNT_TERMS.otherCosts.label, "money"),
  c("requested", AMOUNT_TERMS.requested.label, "money"),
  c("advance", "Acompte sur la part demandée", "money"),
  c("remainingCost", "Reste à charge (avant enveloppe)", "money"),
  c("check", "Part demandée selon le volet (valeur)", "money"),
] as const;

/** The simulation sheet of the manager at `managerIndex` of a validated scenario and its result. */
export function simulationSheet(s: Scenario, managerIndex: number, r: ConventionResult): SheetSpec {
  const m = s.managers[managerIndex];
  const results = r.structures.filter((st) => st.managerId === m.id);
  // Pooled (as calc/engine/convention.ts decides), the request is the rule on the summed structures,
  // split among them: no per-structure formula gives it, so it is written as computed.
  const pooled = m.pooled ?? s.rules.pooling;
  const agentsHeader = PARAMS_ROW + 5;
  const agentRows: Cell[][] = [];
  const ranges: { first: number; last: number }[] = [];
  let row = agentsHeader + 1;
  for (const st of m.structures) {
    const first = row;
    for (const a of st.agents) {
      const rateCell =
        a.employerRate !== undefined
          ? num(a.employerRate)
          : a.loadedCost === undefined
            ? f(`=FS.EMPLOYER_RATE(${cell(2, row)},${YEAR})`)
            : null;
      const cost =
        a.loadedCost !== undefined
          ? num(a.loadedCost)
          : a.grossSalary !== undefined
            ? f(`=FS.LOADED_COST(${cell(4, row)},${cell(5, row)})`)
            : f(`=FS.LOADED_COST(FS.BASE_SALARY(${cell(3, row)},${YEAR}),${cell(5, row)})`);
      agentRows.push([
        st.name,
        a.name ?? null,
        a.status ?? null,
        a.indiceMajore ?? null,
        num(a.grossSalary),
        rateCell,
        cost,
        num(a.fte),
        num(a.months),
        num(a.assignment),
        f(`=FS.PAYROLL(${cell(6, row)},${cell(7, row)},${cell(8, row)},${cell(9, row)})`),
      ]);
      row++;
    }
    ranges.push({ first, last: row - 1 });
  }
  const structuresHeader = agentsHeader + 1 + Math.max(1, agentRows.length) + 3;
  const structureRows: Cell[][] = m.structures.map((st, i) => {
    const res = results[i];
    const at = structuresHeader + 1 + i;
    const { first, last } = ranges[i];
    const cols = (col: number) => area(col, first, col, last);
    const payroll = last >= first ? f(`=FS.PAYROLL(${cols(6)},${cols(7)},${cols(8)},${cols(9)})`) : 0;
    const cap = [st.cap, s.rules.capPerStructure].filter((x) => x !== undefined).map(String);
    const capArg = cap.length === 0 ? "" : cap.length === 1 ? `,${cap[0]}` : `,MIN(${cap.join(",")})`;
    const readingArg = shareReadingArg(s.rules.shareBase, capArg);
    // The sheet's formulas deduct the whole forfait (the default rule); another deduction is written as computed.
    const deduction = s.rules.deduction === "forfait" ? cell(4, at) : String(Number(res.deduction));
    return [
      st.name,
      st.kind,
      num(res.forfaitMonths),
      payroll,
      f(`=FS.STATE_FORFAIT(${YEAR},"${st.kind}",${cell(2, at)})`),
      num(res.otherResources),
      num(res.otherCosts),
      pooled ? num(res.requested) : f(`=FS.DEPT_SHARE(${cell(3, at)},${deduction},${RATE}${capArg}${readingArg})`),
      f(`=FS.ADVANCE(${cell(7, at)},${ADVANCE_RATE})`),
      f(`=FS.NET_COST(${cell(3, at)},${cell(4, at)},${cell(7, at)},${cell(5, at)})+${cell(6, at)}`),
      num(res.requested),
    ];
  });
  return {
    role: `simulation.${m.id}`,
    name: keyedSheetName("Simulation", m.id),
    freezeRows: 0,
    blocks: [
      { type: "text", row: 1, title: true, lines: [`Simulation — ${m.name}`] },
      {
        type: "text",
        row: 2,
        lines: [
          "Montants calculés par les fonctions FS : modifiez une quotité, un indice ou un coût, Excel recalcule. La part est ici avant l'enveloppe départementale (voir le volet Convention).",
          ...notesOf(s, pooled),
        ],
      },
      {
        type: "keyValues",
        row: PARAMS_ROW,
        rows: [
          { key: "year", label: "Année", kind: "integer", value: r.year },
          { key: "rate", label: "Taux du Département", kind: "rate", value: Number(r.rules.rate) },
          { key: "advanceRate", label: "Taux d'acompte", kind: "rate", value: Number(r.rules.advanceRate) },
        ],
      },
      {
        type: "table",
        row: agentsHeader,
        name: keyedTableName("FS_Sim", m.id, "Agents"),
        columns: AGENT_COLUMNS,
        rows: agentRows,
        totals: ["payroll"],
      },
      {
        type: "table",
        row: structuresHeader,
        name: keyedTableName("FS_Sim", m.id, "Structures"),
        columns: STRUCTURE_COLUMNS,
        rows: structureRows,
        totals: ["payroll", "forfait", "otherResources", "otherCosts", "requested", "advance", "remainingCost", "check"],
      },
    ],
  };
}

/** FS.DEPT_SHARE's default reading: the formula omits it. */
const DEFAULT_READING: ShareReading = "masse_moins_forfait";

/** The reading as FS.DEPT_SHARE's fifth argument (after an empty cap when there is none), or nothing for the default. */
function shareReadingArg(reading: ShareReading, capArg: string): string {
  if (reading === DEFAULT_READING) return "";
  return `${capArg === "" ? "," : ""},"${reading}"`;
}

/** One line under the help line (row 3, above the parameters) when the sheet departs from the default: pooling, the reading. */
function notesOf(s: Scenario, pooled: boolean | undefined): string[] {
  const notes = [
    pooled
      ? "Gestionnaire mutualisé : la part est calculée sur l'ensemble de ses structures puis répartie entre elles ; elle est écrite en valeur, telle que le volet la calcule."
      : "",
    s.rules.shareBase === DEFAULT_READING
      ? ""
      : `Règle des 80 % lue « ${labelOf(SHARE_READING_TERMS, s.rules.shareBase)} » (argument "${s.rules.shareBase}" de FS.DEPT_SHARE).`,
  ].filter((x) => x !== "");
  return notes.length ? [notes.join(" ")] : [];
}

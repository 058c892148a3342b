import {
  AMOUNT_KEYS,
  AMOUNT_TERMS,
  BUDGET_LINE_TERMS,
  BUDGET_YEAR_TERMS,
  OTHER_TERMS,
  PAYMENT_KIND_TERMS,
  PARAMETER_STATUS_TERMS,
  formatValue,
  labelOf,
  type Amounts,
  type ConventionResult,
} from "../../../calc";
import { BUDGET_YEAR_KEYS } from "../budgetYears";
import { isoToSerial } from "./cells";
import { c, heading, HEADER, money } from "./resultLayout";
import type { Cell, ColumnDef, SheetSpec } from "./spec";
import { warningsSheet } from "./warningsSheet";

/** The result sheets of a convention: per structure, per manager, the payment schedule, the department budget, the warnings. */

const amountColumn = (key: keyof Amounts): ColumnDef => c(key, AMOUNT_TERMS[key].label, "money");

/**
 * The amounts shown per structure and per manager, in the library's order, labelled by the
 * glossary: all but the final request and the repayment (the balance shows it).
 */
const AMOUNT_COLUMNS: readonly ColumnDef[] = AMOUNT_KEYS.filter((k) => k !== "finalRequested" && k !== "repayment").map(amountColumn);

const amounts = (a: Amounts): Cell[] => AMOUNT_COLUMNS.map((col) => money(a[col.key as keyof Amounts]));

/** Every result sheet of a computed convention, in the order they are added. */
export function resultSheets(r: ConventionResult): SheetSpec[] {
  const managers = new Map(r.managers.map((m) => [m.id, m.name]));
  const structureNames = new Map(r.structures.map((s) => [`${s.managerId}\u0000${s.id}`, s.name]));
  const structures: SheetSpec = {
    role: "resultats.structures",
    name: "Résultats structures",
    freezeRows: HEADER,
    blocks: [
      ...heading(r, "Résultats par structure"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Structures",
        columns: [
          c("manager", "Gestionnaire", "text"),
          c("name", "Structure", "text"),
          c("id", "Identifiant", "id"),
          c("kind", "Type", "text"),
          c("fte", "ETP affectés", "decimal"),
          c("achievement", "Taux d'atteinte", "rate"),
          ...AMOUNT_COLUMNS,
        ],
        rows: r.structures.map((s) => [
          managers.get(s.managerId) ?? s.managerId,
          s.name,
          s.id,
          s.kind,
          Number(s.fte),
          Number(s.achievement),
          ...amounts(s),
        ]),
        totals: AMOUNT_COLUMNS.map((col) => col.key),
      },
    ],
  };
  const byManager: SheetSpec = {
    role: "resultats.gestionnaires",
    name: "Résultats gestionnaires",
    freezeRows: HEADER,
    blocks: [
      ...heading(r, "Résultats par gestionnaire"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Gestionnaires",
        columns: [
          c("name", "Gestionnaire", "text"),
          c("id", "Identifiant", "id"),
          c("kind", "Type", "text"),
          c("structures", "Structures", "integer"),
          c("fte", "ETP affectés", "decimal"),
          ...AMOUNT_COLUMNS,
        ],
        rows: r.managers.map((m) => [m.name, m.id, m.kind, m.structures, Number(m.fte), ...amounts(m)]),
        totals: ["structures", ...AMOUNT_COLUMNS.map((col) => col.key)],
      },
      {
        type: "chart",
        title: "D'où vient l'argent : forfait, autres ressources, part du Département, reste à charge",
        table: "FS_R_Gestionnaires",
        label: "name",
        series: ["forfait", "otherResources", "allocated", "remainingCost"],
        at: `A${HEADER + r.managers.length + 4}`,
      },
    ],
  };
  const schedule: SheetSpec = {
    role: "resultats.echeancier",
    name: "Échéancier",
    freezeRows: HEADER,
    blocks: [
      ...heading(
        r,
        `Échéancier des paiements : acompte à la signature (taux ${formatValue(r.rules.advanceRate, "taux")}), solde après l'évaluation`,
      ),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Echeancier",
        columns: [
          c("manager", "Gestionnaire", "text"),
          c("name", "Structure", "text"),
          amountColumn("allocated"),
          amountColumn("advance"),
          amountColumn("final"),
          amountColumn("balance"),
          amountColumn("repayment"),
        ],
        rows: r.structures.map((s) => [
          managers.get(s.managerId) ?? s.managerId,
          s.name,
          money(s.allocated),
          money(s.advance),
          money(s.final),
          money(s.balance),
          money(s.repayment),
        ]),
        totals: ["allocated", "advance", "final", "balance", "repayment"],
      },
      {
        // Every payment with its date and budget year; a reversement is a receipt, written negative.
        type: "table",
        row: HEADER + r.structures.length + 4,
        name: "FS_R_Paiements",
        columns: [
          c("manager", OTHER_TERMS.manager.label, "text"),
          c("name", OTHER_TERMS.structure.label, "text"),
          c("kind", OTHER_TERMS.kind.label, "text"),
          c("date", OTHER_TERMS.date.label, "date"),
          c("exercice", OTHER_TERMS.exercice.label, "integer"),
          c("amount", "Montant (reversement : négatif)", "money"),
        ],
        rows: r.payments.map((p) => [
          managers.get(p.managerId) ?? p.managerId,
          structureNames.get(`${p.managerId}\u0000${p.structureId}`) ?? p.structureId,
          labelOf(PAYMENT_KIND_TERMS, p.kind),
          isoToSerial(p.date),
          p.exercice,
          p.kind === "reversement" ? -money(p.amount) : money(p.amount),
        ]),
        totals: ["amount"],
      },
    ],
  };
  const b = r.budget;
  const budgetRow = HEADER + 1 + b.lines.length + 2;
  // The key–value rows below: expenses, receipts, net, (stated total, gap), envelope, unused, final unused, balance rate.
  const keyValues = 7 + (b.statedTotal !== undefined && b.gap !== undefined ? 2 : 0);
  const years = Object.entries(b.byExercice).sort(([x], [y]) => Number(x) - Number(y));
  const budget: SheetSpec = {
    role: "resultats.budget",
    name: "Budget Département",
    blocks: [
      ...heading(r, "Budget du Département"),
      {
        type: "table",
        row: HEADER,
        name: "FS_R_Budget",
        columns: [c("label", "Ligne", "text"), c("type", "Type", "text"), c("amount", "Montant", "money"), c("source", "Source", "text")],
        rows: b.lines.map((l) => [
          l.label,
          labelOf(BUDGET_LINE_TERMS, l.type),
          money(l.amount),
          l.parameter
            ? `${l.parameter.source}${l.parameter.status === "estimate" ? ` (${PARAMETER_STATUS_TERMS.estimate.label.toUpperCase()})` : ""}`
            : "Calcul de la convention",
        ]),
      },
      {
        type: "keyValues",
        row: budgetRow,
        rows: [
          { key: "expenses", label: "Dépenses", kind: "money", value: money(b.expenses) },
          { key: "receipts", label: "Recettes", kind: "money", value: money(b.receipts) },
          { key: "net", label: "Net (dépenses − recettes)", kind: "money", value: money(b.net) },
          ...(b.statedTotal !== undefined && b.gap !== undefined
            ? [
                { key: "statedTotal", label: "Coût total déclaré par le Département", kind: "money" as const, value: money(b.statedTotal) },
                { key: "gap", label: "Écart (dépenses − coût déclaré), montré tel quel", kind: "money" as const, value: money(b.gap) },
              ]
            : []),
          { key: "envelope", label: OTHER_TERMS.envelope.label, kind: "money", value: money(r.totals.envelope) },
          { key: "unused", label: OTHER_TERMS.unused.label, kind: "money", value: money(r.totals.unused) },
          { key: "finalUnused", label: OTHER_TERMS.finalUnused.label, kind: "money", value: money(r.totals.finalUnused) },
          { key: "balanceRate", label: OTHER_TERMS.balanceRate.label, kind: "rate", value: Number(r.budget.balanceRate) },
        ],
      },
      {
        type: "table",
        row: budgetRow + keyValues + 3,
        name: "FS_R_Exercices",
        columns: [
          c("exercice", OTHER_TERMS.exercice.label, "integer"),
          ...BUDGET_YEAR_KEYS.map((k) => c(k, BUDGET_YEAR_TERMS[k].label, "money")),
        ],
        rows: years.map(([y, v]) => [Number(y), ...BUDGET_YEAR_KEYS.map((k) => money(v[k]))]),
        totals: [...BUDGET_YEAR_KEYS],
      },
    ],
  };
  return [structures, byManager, schedule, budget, warningsSheet(r)];
}
